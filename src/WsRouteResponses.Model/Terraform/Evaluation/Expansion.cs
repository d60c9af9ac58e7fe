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
            var n = TerraformFunctions.Number(value, "count");
            return new Expansion(Enumerable.Range(0, (int)Math.Max(0, n))
                .Select(i => ((TerraformValue?)new NumberValue(i), Symbols.Empty.With("count", Mapping(("index", new NumberValue(i)))))).ToList(), null);
        }
        if (forEach is not null)
        {
            var value = module.Reading.Evaluate(module, forEach.Expression, Symbols.Empty);
            if (value is PendingValue { Reference: { } reference } && InstancesOf(module, reference) is { } instances) value = instances;
            if (value is PendingValue)
                return Pending($"for_each = {forEach.Expression.SourceText}", "each", Mapping(("key", PendingValue.OfExpression("each.key")), ("value", PendingValue.OfExpression("each.value"))));
            if (value is SequenceValue { Kind: not SequenceKind.Set } || value is SequenceValue set && set.Items.Any(i => i is not StringValue))
            {
                module.Reading.Note($"{address}: for_each must be a map, or set of strings, not a {value.KindName} (Terraform refuses it; convert it with toset()). Left out.");
                return new Expansion([], null);
            }
            return new Expansion(ExpressionEvaluator.Elements(value)
                .Select(e => ((TerraformValue?)e.Key, Symbols.Empty.With("each", Mapping(("key", e.Key), ("value", e.Value))))).ToList(), null);
        }
        return new Expansion([(null, Symbols.Empty)], null);
    }

    // for_each = aws_x.y (a resource of this module with for_each): its keys are known before apply, its
    // instances' attributes are not: an object of the instances' references.
    private static MappingValue? InstancesOf(ModuleInstance module, string reference)
    {
        var block = module.Definition.Resources.FirstOrDefault(r => r.Type == "resource" && reference == $"{module.Prefix}{r.Labels[0].Value}.{r.Labels[1].Value}");
        if (block is null || !module.EnterExpansion(reference)) return null;
        try
        {
            var expansion = Of(module, block.Body, reference);
            return expansion.Condition is null && expansion.Instances.All(i => i.Key is StringValue)
                ? new MappingValue(expansion.Instances.ToDictionary(i => i.Key!.AsString()!, i => (TerraformValue)PendingValue.OfReference($"{reference}[{KeyText(i.Key!)}]"), StringComparer.Ordinal), isMap: true)
                : null;
        }
        finally
        {
            module.LeaveExpansion(reference);
        }
    }

    /// <summary>How a key is written in an address: <c>"send"</c> or <c>0</c>.</summary>
    public static string KeyText(TerraformValue key) => key is NumberValue n ? n.ToString() : JsonText.Encode(new StringValue(key.AsString() ?? ""));

    private static Expansion Pending(string condition, string name, TerraformValue bound) => new([(null, Symbols.Empty.With(name, bound))], condition);

    private static MappingValue Mapping(params (string Name, TerraformValue Value)[] attributes) =>
        new(attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal), isMap: false);
}
