using System.Globalization;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// A mapping template (Velocity Template Language, API Gateway's subset), parsed once and rendered per
/// message with the variables of that message (<c>$context</c>, <c>$input</c>, <c>$util</c>). No
/// maintained VTL engine exists for .NET, so this one is the project's own (see the README).
/// </summary>
public sealed class VtlTemplate
{
    private const int MaxIterations = 100_000;
    private readonly IReadOnlyList<VtlNode> _nodes;

    private VtlTemplate(IReadOnlyList<VtlNode> nodes) => _nodes = nodes;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="VtlException">The template is not valid VTL.</exception>
    public static VtlTemplate Parse(string text) => new(VtlParser.Parse(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Renders the template with <paramref name="variables"/> (names without <c>$</c>).</summary>
    /// <exception cref="VtlException">A reference calls a method that does not exist, or a loop runs away.</exception>
    public string Render(IReadOnlyDictionary<string, object?> variables)
    {
        var output = new StringBuilder();
        var scope = new Dictionary<string, object?>(variables, StringComparer.Ordinal);
        _ = Render(_nodes, scope, output);
        return output.ToString();
    }

    // Returns false when a #break left the innermost loop.
    private static bool Render(IReadOnlyList<VtlNode> nodes, Dictionary<string, object?> scope, StringBuilder output)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    output.Append(text.Text);
                    break;
                case ReferenceNode reference:
                    var value = Evaluate(reference.Reference, scope);
                    output.Append(value is null ? (reference.Quiet ? "" : reference.Source) : VtlValues.Format(value));
                    break;
                case SetNode set:
                    Assign((VariableExpr)set.Target, Evaluate(set.Value, scope), scope);
                    break;
                case IfNode conditional:
                    var branch = conditional.Branches.FirstOrDefault(b => VtlValues.IsTrue(Evaluate(b.Condition, scope))).Body ?? conditional.Else;
                    if (branch is not null && !Render(branch, scope, output)) return false;
                    break;
                case ForeachNode loop:
                    Loop(loop, scope, output);
                    break;
                case BreakNode:
                    return false;
            }
        }
        return true;
    }

    private static void Loop(ForeachNode loop, Dictionary<string, object?> scope, StringBuilder output)
    {
        var items = VtlValues.Items(Evaluate(loop.Items, scope)).ToList();
        if (items.Count > MaxIterations) throw new VtlException($"#foreach over {items.Count} items; at most {MaxIterations} are allowed.");
        var saved = (scope.GetValueOrDefault(loop.Variable), scope.GetValueOrDefault("foreach"));
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                scope[loop.Variable] = items[i];
                scope["foreach"] = new Dictionary<string, object?>
                {
                    ["index"] = (long)i, ["count"] = (long)(i + 1), ["hasNext"] = i + 1 < items.Count, ["first"] = i == 0, ["last"] = i + 1 == items.Count,
                };
                if (!Render(loop.Body, scope, output)) break;
            }
        }
        finally
        {
            scope[loop.Variable] = saved.Item1;
            scope["foreach"] = saved.Item2;
        }
    }

    private static void Assign(VariableExpr target, object? value, Dictionary<string, object?> scope)
    {
        if (target.Chain.Count == 0)
        {
            scope[target.Name] = value;
            return;
        }
        // #set($map.key = v): put into the map the chain leads to.
        var owner = Evaluate(target with { Chain = target.Chain.Take(target.Chain.Count - 1).ToList() }, scope);
        if (owner is IDictionary<string, object?> map && target.Chain[^1] is PropertyAccessor property) map[property.Name] = value;
        else throw new VtlException($"#set cannot assign to ${target.Name}.");
    }

    internal static object? Evaluate(Expr expression, IDictionary<string, object?> scope) => expression switch
    {
        LiteralExpr literal => literal.Value,
        InterpolatedExpr interpolated => Interpolate(interpolated, scope),
        ListExpr list => list.Items.Select(i => Evaluate(i, scope)).ToList(),
        RangeExpr range => VtlValues.Range(Evaluate(range.From, scope), Evaluate(range.To, scope), MaxIterations),
        MapExpr map => map.Entries.ToDictionary(e => VtlValues.Format(Evaluate(e.Key, scope)), e => Evaluate(e.Value, scope), StringComparer.Ordinal),
        UnaryExpr { Operator: "!" } not => !VtlValues.IsTrue(Evaluate(not.Operand, scope)),
        UnaryExpr negate => VtlValues.Arithmetic("-", 0L, Evaluate(negate.Operand, scope)),
        BinaryExpr binary => Binary(binary, scope),
        VariableExpr variable => Chain(variable, scope),
        _ => throw new VtlException($"{expression.GetType().Name} cannot be evaluated."),
    };

    private static string Interpolate(InterpolatedExpr interpolated, IDictionary<string, object?> scope)
    {
        var output = new StringBuilder();
        _ = Render(interpolated.Parts, new Dictionary<string, object?>(scope, StringComparer.Ordinal), output);
        return output.ToString();
    }

    private static object? Binary(BinaryExpr binary, IDictionary<string, object?> scope)
    {
        var left = Evaluate(binary.Left, scope);
        switch (binary.Operator)
        {
            case "&&": return VtlValues.IsTrue(left) && VtlValues.IsTrue(Evaluate(binary.Right, scope));
            case "||": return VtlValues.IsTrue(left) || VtlValues.IsTrue(Evaluate(binary.Right, scope));
        }
        var right = Evaluate(binary.Right, scope);
        return binary.Operator switch
        {
            "==" => VtlValues.AreEqual(left, right),
            "!=" => !VtlValues.AreEqual(left, right),
            "<" => VtlValues.Compare(left, right) < 0,
            ">" => VtlValues.Compare(left, right) > 0,
            "<=" => VtlValues.Compare(left, right) <= 0,
            ">=" => VtlValues.Compare(left, right) >= 0,
            _ => VtlValues.Arithmetic(binary.Operator, left, right),
        };
    }

    private static object? Chain(VariableExpr variable, IDictionary<string, object?> scope)
    {
        var value = scope.TryGetValue(variable.Name, out var found) ? found : null;
        foreach (var accessor in variable.Chain)
        {
            if (value is null) return null;
            value = accessor switch
            {
                PropertyAccessor property => VtlValues.Property(value, property.Name),
                MethodAccessor method => VtlValues.Call(value, method.Name, method.Arguments.Select(a => Evaluate(a, scope)).ToList()),
                IndexAccessor index => VtlValues.Index(value, Evaluate(index.Index, scope)),
                _ => null,
            };
        }
        return value;
    }

    /// <summary>Formats a number as Velocity (Java) prints it.</summary>
    internal static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e7 ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
}
