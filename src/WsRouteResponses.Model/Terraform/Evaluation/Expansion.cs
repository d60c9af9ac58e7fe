using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

/// <summary>
/// The instances a resource or module call has: one without <c>count</c> or <c>for_each</c>; one per index or
/// key when they are known (each with <c>count.index</c> or <c>each.key</c>/<c>each.value</c> bound); when they
/// are known only at apply, one instance at the unexpanded address under a <see cref="Condition"/>, with
/// those names pending.
/// </summary>
/// <param name="Instances">Each instance's key (null: no key) and the names bound in it.</param>
/// <param name="Condition">The count or for_each as written, when it is known only at apply; else null.</param>
internal sealed record Expansion(IReadOnlyList<(TerraformValue? Key, Symbols Symbols)> Instances, string? Condition)
{
    /// <summary>The instances of the block whose body is <paramref name="body"/>.</summary>
    public static Expansion Of(ModuleInstance module, HclBody body, string address)
    {
        var count = body.Attributes.FirstOrDefault(a => a.Name == "count");
        var forEach = body.Attributes.FirstOrDefault(a => a.Name == "for_each");
        if (count is not null)
        {
            var value = module.Reading.Evaluate(module, count.Expression, Symbols.Empty);
            if (value is PendingValue) return Pending($"count = {count.Expression.SourceText}", "count", Mapping(("index", PendingValue.OfExpression("count.index"))));
            if (Count(module, value, address, count) is not { } n) return new Expansion([], null);
            return new Expansion(Enumerable.Range(0, n)
                .Select(i => ((TerraformValue?)new NumberValue(i), Symbols.Empty.With("count", Mapping(("index", new NumberValue(i)))))).ToList(), null);
        }
        if (forEach is not null)
        {
            var value = module.Reading.Evaluate(module, forEach.Expression, Symbols.Empty);
            if (value is PendingValue { Reference: { } reference } && module.InstancesOf(reference) is { } instances) value = instances;
            if (value is PendingValue)
                return Pending($"for_each = {forEach.Expression.SourceText}", "each", Mapping(("key", PendingValue.OfExpression("each.key")), ("value", PendingValue.OfExpression("each.value"))));
            if (value is not (MappingValue or SequenceValue { Kind: SequenceKind.Set }) || value is SequenceValue set && set.Items.Any(i => i is not StringValue)
                || ExpressionEvaluator.Elements(value).Count() > MaxInstances)
            {
                module.Reading.Note($"{forEach.Range.Location}: {address}: for_each must be a map, or set of strings, of at most {MaxInstances} elements, not a {value.KindName} (Terraform refuses other kinds; convert a list with toset()). Left out.");
                return new Expansion([], null);
            }
            return new Expansion(ExpressionEvaluator.Elements(value)
                .Select(e => ((TerraformValue?)e.Key, Symbols.Empty.With("each", Mapping(("key", e.Key), ("value", e.Value))))).ToList(), null);
        }
        return new Expansion([(null, Symbols.Empty)], null);
    }

    // More instances than any WebSocket API has (300 routes by default): a bound, so a typo cannot exhaust memory.
    private const int MaxInstances = 10_000;

    // A whole number from 0 to MaxInstances, as Terraform requires; otherwise a note, and no instance.
    private static int? Count(ModuleInstance module, TerraformValue value, string address, HclAttribute count)
    {
        var number = value is NumberValue n ? n.Value : value is StringValue s && NumberValue.Parse(s.Value) is { } parsed ? parsed.Value : (decimal?)null;
        if (number is { } whole && whole == decimal.Truncate(whole) && whole >= 0 && whole <= MaxInstances) return (int)whole;
        module.Reading.Note($"{count.Range.Location}: {address}: count must be a whole number from 0 to {MaxInstances}, not {Operators.Literal(value)}. Left out.");
        return null;
    }

    /// <summary>
    /// How a key is written in an address, as Terraform writes it: <c>0</c>, or a string between double quotes
    /// with <c>"</c>, <c>\</c> and control characters escaped and <c>${</c>/<c>%{</c> doubled (<c>["$${x}"]</c>).
    /// </summary>
    public static string KeyText(TerraformValue key)
    {
        if (key is NumberValue n) return n.ToString();
        var text = new System.Text.StringBuilder("\"");
        foreach (var c in key.AsString() ?? "")
        {
            text.Append(c switch
            {
                '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return TemplateText.Escape(text.Append('"').ToString());
    }

    private static Expansion Pending(string condition, string name, TerraformValue bound) => new([(null, Symbols.Empty.With(name, bound))], condition);

    private static MappingValue Mapping(params (string Name, TerraformValue Value)[] attributes) =>
        new(attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal), isMap: false);
}
