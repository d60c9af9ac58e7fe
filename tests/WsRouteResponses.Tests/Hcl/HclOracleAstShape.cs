using System.Globalization;
using System.Text.Json.Nodes;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Tests.Hcl;

/// <summary>
/// Our syntax tree in the shape tools/hcl-oracle/record.mjs keeps of HashiCorp's (hclsyntax node types as
/// @cdktf/hcl2json's getExpressionAst names them, each node's source text, and the meta fields that are not ranges).
/// </summary>
internal static class HclOracleAstShape
{
    public static JsonObject Of(HclExpression expression) => expression switch
    {
        HclLiteralExpr literal => Node("literalValue", new() { ["type"] = LiteralType(literal.Kind), ["value"] = literal.SourceText }),
        HclTemplateExpr template => Template(template.Range, template.Parts),
        HclTemplateWrapExpr wrap => Node("templateWrap", Value(wrap), Of(wrap.Wrapped)),
        HclScopeTraversalExpr scope => Node("scopeTraversal", Traversal(scope.Traversal, scope.SourceText)),
        HclRelativeTraversalExpr relative => Node("relativeTraversal", Traversal(relative.Traversal, relative.SourceText), Of(relative.Source)),
        HclIndexExpr index => Node("index", Value(index), Of(index.Collection), Of(index.Key)),
        HclSplatExpr splat => Node("splat", Value(splat), Of(splat.Source), Of(splat.Each)),
        HclSplatItemExpr or HclParenthesesExpr or HclObjectKeyExpr => Node("", [], Synthetic(expression)),
        HclFunctionCallExpr call => Node("function", new() { ["name"] = call.Name, ["expandedFinalArgument"] = call.ExpandFinal, ["value"] = call.SourceText }, [.. call.Arguments.Select(Of)]),
        HclConditionalExpr conditional => Node("conditional", Value(conditional), Of(conditional.Condition), Of(conditional.WhenTrue), Of(conditional.WhenFalse)),
        HclUnaryOpExpr unary => Node("unaryOp", Operator(unary.Operator, unary.SourceText), Of(unary.Operand)),
        HclBinaryOpExpr binary => Node("binaryOp", Operator(binary.Operator, binary.SourceText), Of(binary.Left), Of(binary.Right)),
        HclTupleExpr tuple => Node("tuple", Value(tuple), [.. tuple.Items.Select(Of)]),
        HclObjectExpr obj => Node("object", Value(obj), [.. obj.Items.SelectMany(i => new[] { Of(i.Key), Of(i.Value) })]),
        HclForExpr loop => Node("for", For(loop.KeyVariable, loop.ValueVariable, loop.Grouped, loop.SourceText),
            [.. new[] { loop.Collection, loop.KeyExpression, loop.ValueExpression, loop.Condition }.OfType<HclExpression>().Select(Of)]),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name),
    };

    private static JsonObject[] Synthetic(HclExpression expression) => expression switch
    {
        HclParenthesesExpr parentheses => [Of(parentheses.Inner)],
        HclObjectKeyExpr { BareName: null } key => [Of(key.Wrapped)],
        _ => [],
    };

    private static JsonObject Template(HclRange range, IReadOnlyList<HclTemplatePart> parts) =>
        Node("template", new() { ["value"] = range.Text }, [.. parts.Select(Part)]);

    private static JsonObject Part(HclTemplatePart part) => part switch
    {
        HclTemplateLiteral literal => Node("literalValue", new() { ["type"] = "string", ["value"] = literal.Range.Text }),
        HclTemplateInterpolation interpolation => Of(interpolation.Expression),
        HclTemplateIf conditional => Node("conditional", new() { ["value"] = conditional.Range.Text }, Of(conditional.Condition), Of(conditional.WhenTrue),
            conditional.WhenFalse is { } whenFalse ? Of(whenFalse) : EmptyTemplate()),
        HclTemplateFor loop => Node("templateJoin", new() { ["value"] = loop.Range.Text },
            Node("for", For(loop.KeyVariable, loop.ValueVariable, false, loop.Range.Text), Of(loop.Collection), Of(loop.Body))),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.GetType().Name),
    };

    // HCL gives an %{if} without %{else} an empty template as its false result.
    private static JsonObject EmptyTemplate() =>
        Node("template", new() { ["value"] = "" }, Node("literalValue", new() { ["type"] = "string", ["value"] = "" }));

    private static JsonObject For(string? key, string value, bool grouped, string source) =>
        new() { ["keyVar"] = key ?? "", ["valVar"] = value, ["groupedValue"] = grouped, ["value"] = source };

    private static JsonObject Value(HclExpression expression) => new() { ["value"] = expression.SourceText };

    private static JsonObject Operator(HclOperator op, string source)
    {
        var name = char.ToLowerInvariant(op.ToString()[0]) + op.ToString()[1..];
        var returnType = op is HclOperator.Add or HclOperator.Subtract or HclOperator.Multiply or HclOperator.Divide or HclOperator.Modulo or HclOperator.Negate ? "number" : "bool";
        return new() { ["operator"] = name, ["returnType"] = returnType, ["value"] = source };
    }

    private static string LiteralType(HclLiteralKind kind) => kind switch
    {
        HclLiteralKind.String => "string",
        HclLiteralKind.Number => "number",
        HclLiteralKind.Bool => "bool",
        _ => "dynamic",
    };

    private static JsonObject Traversal(IReadOnlyList<HclTraverser> traversal, string source)
    {
        var segments = traversal.Select(Segment).ToList();
        var accessor = string.Concat(segments.Select((s, i) => i == 0 ? s.Text : s.IsName ? "." + s.Text : "[" + s.Text + "]"));
        return new()
        {
            ["fullAccessor"] = accessor,
            ["value"] = source,
            ["traversal"] = new JsonArray([.. segments.Select(s => JsonValue.Create((s.IsName ? "nameTraversal:" : "indexTraversal:") + s.Text))]),
        };
    }

    private static (bool IsName, string Text) Segment(HclTraverser step) => step switch
    {
        HclTraverseRoot root => (true, root.Name),
        HclTraverseAttr attr => (true, attr.Name),
        HclTraverseIndex { Key.Value: string key } => (false, System.Text.Json.JsonSerializer.Serialize(key)),
        HclTraverseIndex index => (false, Convert.ToString(index.Key.Value, CultureInfo.InvariantCulture)!),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static JsonObject Node(string type, JsonObject meta, params JsonObject[] children) =>
        new() { ["type"] = type, ["meta"] = meta, ["children"] = new JsonArray(children) };
}
