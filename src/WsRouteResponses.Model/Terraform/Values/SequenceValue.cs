using System.Text.Json.Nodes;

namespace WsRouteResponses.Model;

/// <summary>What a sequence is in Terraform's type system.</summary>
public enum SequenceKind
{
    /// <summary>A tuple: <c>[1, "a"]</c>, what brackets and <c>jsondecode</c> make.</summary>
    Tuple,

    /// <summary>A list: <c>tolist</c>, <c>split</c>, <c>keys</c>.</summary>
    List,

    /// <summary>A set: <c>toset</c>; unordered, no duplicates, elements in Terraform's order (strings sorted).</summary>
    Set,
}

/// <summary>A tuple, list or set.</summary>
public sealed class SequenceValue : TerraformValue
{
    /// <summary>A sequence of <paramref name="items"/>; a set drops duplicates and sorts as Terraform does.</summary>
    public SequenceValue(IEnumerable<TerraformValue> items, SequenceKind kind)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        Items = kind == SequenceKind.Set ? SetOrder(list) : list;
        Kind = kind;
    }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<TerraformValue> Items { get; }

    /// <summary>Tuple, list or set.</summary>
    public SequenceKind Kind { get; }

    /// <inheritdoc />
    public override bool IsWhollyKnown => Items.All(i => i.IsWhollyKnown);

    /// <inheritdoc />
    public override string KindName => Kind.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public override JsonNode ToJson() => new JsonArray(Items.Select(i => i.ToJson()).ToArray());

    /// <inheritdoc />
    public override bool Equals(TerraformValue? other) =>
        other is SequenceValue s && s.Kind == Kind && s.Items.Count == Items.Count && s.Items.Zip(Items).All(p => p.First.Equals(p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => Items.Aggregate((int)Kind, (hash, item) => HashCode.Combine(hash, item));

    // cty orders a set of strings lexically, of numbers numerically; other element types keep first-seen order here.
    private static List<TerraformValue> SetOrder(List<TerraformValue> items)
    {
        var distinct = items.Distinct().ToList();
        if (distinct.All(i => i is StringValue)) return distinct.OrderBy(i => ((StringValue)i).Value, StringComparer.Ordinal).ToList();
        if (distinct.All(i => i is NumberValue)) return distinct.OrderBy(i => ((NumberValue)i).Value).ToList();
        return distinct;
    }
}

/// <summary>An object or a map: attributes by name, in name order as Terraform keeps them.</summary>
public sealed class MappingValue : TerraformValue
{
    /// <summary>A mapping of <paramref name="attributes"/>.</summary>
    /// <param name="attributes">The attributes.</param>
    /// <param name="isMap">A map (<c>tomap</c>, <c>merge</c> of maps) rather than an object.</param>
    public MappingValue(IReadOnlyDictionary<string, TerraformValue> attributes, bool isMap)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        Attributes = new SortedDictionary<string, TerraformValue>(attributes.ToDictionary(), StringComparer.Ordinal);
        IsMap = isMap;
    }

    /// <summary>The attributes, in name order.</summary>
    public IReadOnlyDictionary<string, TerraformValue> Attributes { get; }

    /// <summary>A map rather than an object.</summary>
    public bool IsMap { get; }

    /// <inheritdoc />
    public override bool IsWhollyKnown => Attributes.Values.All(v => v.IsWhollyKnown);

    /// <inheritdoc />
    public override string KindName => IsMap ? "map" : "object";

    /// <inheritdoc />
    public override JsonNode ToJson() => new JsonObject(Attributes.Select(a => KeyValuePair.Create(a.Key, a.Value.ToJson())));

    /// <inheritdoc />
    public override bool Equals(TerraformValue? other) =>
        other is MappingValue m && m.IsMap == IsMap && m.Attributes.Count == Attributes.Count
        && Attributes.All(a => m.Attributes.TryGetValue(a.Key, out var value) && value.Equals(a.Value));

    /// <inheritdoc />
    public override int GetHashCode() => Attributes.Aggregate(IsMap ? 5 : 6, (hash, a) => HashCode.Combine(hash, a.Key, a.Value));
}
