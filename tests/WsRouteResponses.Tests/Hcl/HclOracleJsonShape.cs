using System.Globalization;
using System.Text.Json.Nodes;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Tests.Hcl;

/// <summary>
/// Our syntax tree converted the way @cdktf/hcl2json's parse() converts HashiCorp's (tmccombs/hcl2json convert.go,
/// Simplify off): blocks nested by type and labels into lists, literals as JSON values, string templates as text,
/// every other expression as its source in "${...}". The expressions so wrapped are collected, so that their
/// syntax trees can be compared with those the oracle recorded.
/// </summary>
internal sealed class HclOracleJsonShape
{
    /// <summary>Each expression rendered as "${source}", by source.</summary>
    public Dictionary<string, HclExpression> Wrapped { get; } = new(StringComparer.Ordinal);

    public JsonObject Body(HclBody body)
    {
        var result = new JsonObject();
        foreach (var block in body.Blocks) Block(block, result);
        foreach (var attribute in body.Attributes) result[attribute.Name] = Expression(attribute.Expression);
        return result;
    }

    private void Block(HclBlock block, JsonObject result)
    {
        var key = block.Type;
        foreach (var label in block.Labels)
        {
            if (result[key] is not JsonObject inner)
            {
                inner = new JsonObject();
                result[key] = inner;
            }
            result = inner;
            key = label.Value;
        }
        if (result[key] is not JsonArray list)
        {
            list = [];
            result[key] = list;
        }
        list.Add(Body(block.Body));
    }

    private JsonNode? Expression(HclExpression expression) => expression switch
    {
        HclLiteralExpr literal => Literal(literal),
        HclUnaryOpExpr { Operand: HclLiteralExpr operand } unary => unary.Operator == HclOperator.Negate ? JsonValue.Create(-(double)operand.Value!) : JsonValue.Create(!(bool)operand.Value!),
        HclTemplateExpr template => Template(template),
        HclTemplateWrapExpr wrap => Expression(wrap.Wrapped),
        HclTupleExpr tuple => new JsonArray([.. tuple.Items.Select(Expression)]),
        HclObjectExpr obj => Object(obj),
        _ => Wrap(expression),
    };

    private JsonObject Object(HclObjectExpr obj)
    {
        var result = new JsonObject();
        foreach (var item in obj.Items)
        {
            var key = item.Key.Wrapped is HclScopeTraversalExpr traversal ? Source(traversal) : StringPart(item.Key.Wrapped);
            result[key] = Expression(item.Value);
        }
        return result;
    }

    private static JsonNode? Literal(HclLiteralExpr literal) => literal.Value switch
    {
        null => null,
        double number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        var text => JsonValue.Create((string)text),
    };

    private string Template(HclTemplateExpr template) => string.Concat(template.Parts.Select(Part));

    private string Part(HclTemplatePart part) => part switch
    {
        HclTemplateLiteral literal => Escaped(literal.Value),
        HclTemplateInterpolation interpolation => StringPart(interpolation.Expression),
        HclTemplateIf conditional => If(conditional),
        HclTemplateFor loop => $"%{{for {(loop.KeyVariable is null ? "" : loop.KeyVariable + ", ")}{loop.ValueVariable} in {Source(loop.Collection)}}}{Template(loop.Body)}%{{endfor}}",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    // Literal text keeps "${" and "%{" escaped, so that the JSON reads as the same template.
    private static string Escaped(string text) => text.Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal);

    private string If(HclTemplateIf conditional) =>
        If(conditional.Condition, Template(conditional.WhenTrue), conditional.WhenFalse is null ? "" : Template(conditional.WhenFalse));

    // hcl2json writes conditionals in templates, ${c ? a : b} as well as %{if}, as %{if}.
    private static string If(HclExpression condition, string whenTrue, string whenFalse) =>
        $"%{{if {Source(condition)}}}{whenTrue}{(whenFalse.Length > 0 ? "%{else}" + whenFalse : "")}%{{endif}}";

    private string StringPart(HclExpression expression) => expression switch
    {
        HclLiteralExpr { Value: double number } => number.ToString(CultureInfo.InvariantCulture),
        HclLiteralExpr { Value: bool flag } => flag ? "true" : "false",
        HclLiteralExpr literal => (string)literal.Value!,
        HclTemplateExpr template => Template(template),
        HclTemplateWrapExpr wrap => StringPart(wrap.Wrapped),
        HclConditionalExpr conditional => If(conditional.Condition, StringPart(conditional.WhenTrue), StringPart(conditional.WhenFalse)),
        _ => Wrap(expression),
    };

    private string Wrap(HclExpression expression)
    {
        var source = Source(expression);
        Wrapped.TryAdd(source, expression);
        return "${" + source + "}";
    }

    // hcl2json takes one more character when it is ")" (for HCL versions whose ranges left it out).
    private static string Source(HclExpression expression)
    {
        var text = expression.Range.Source.Text;
        var end = expression.Range.EndOffset;
        if (end < text.Length && text[end] == ')') end++;
        return text[expression.Range.StartOffset..end];
    }
}
