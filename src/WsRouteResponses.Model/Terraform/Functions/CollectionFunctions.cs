using static WsRouteResponses.Model.TerraformFunctions;

namespace WsRouteResponses.Model;

// The collection functions that take more than one line.
internal static class CollectionFunctions
{
    // length: characters of a string, items of a sequence, attributes of a mapping.
    public static TerraformValue Length(IReadOnlyList<TerraformValue> a) => new NumberValue(a[0] switch
    {
        StringValue s => StringFunctions.TextElements(s.Value).Count,
        SequenceValue s => s.Items.Count,
        MappingValue m => m.Attributes.Count,
        var other => throw new TerraformValueException($"length: a string, collection or structural value is required, not {other.KindName}"),
    });

    // concat: lists stay a list; anything else (tuples) makes a tuple.
    public static TerraformValue Concat(IReadOnlyList<TerraformValue> a)
    {
        var sequences = a.Select(v => Sequence(v, "concat")).ToList();
        var kind = sequences.Count > 0 && sequences.All(s => s.Kind == SequenceKind.List) ? SequenceKind.List : SequenceKind.Tuple;
        return new SequenceValue(sequences.SelectMany(s => s.Items), kind);
    }

    // merge: later attributes win; null arguments are skipped; maps only make a map.
    public static TerraformValue Merge(IReadOnlyList<TerraformValue> a)
    {
        var mappings = a.Where(v => v is not NullValue).Select(v => Mapping(v, "merge")).ToList();
        var merged = new Dictionary<string, TerraformValue>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
            foreach (var (key, value) in mapping.Attributes) merged[key] = value;
        return new MappingValue(merged, isMap: mappings.Count > 0 && mappings.All(m => m.IsMap));
    }

    // lookup(map, key, default): the attribute, else the default; without a default a missing key fails.
    public static TerraformValue Lookup(IReadOnlyList<TerraformValue> a)
    {
        var key = Text(a[1], "lookup");
        if (Mapping(a[0], "lookup").Attributes.TryGetValue(key, out var value)) return value;
        return a.Count == 3 ? a[2] : throw new TerraformValueException($"lookup: the given key \"{key}\" does not exist in the map, and no default was given");
    }

    // element(list, index): the index wraps around.
    public static TerraformValue Element(IReadOnlyList<TerraformValue> a)
    {
        var items = Sequence(a[0], "element").Items;
        var index = (int)Number(a[1], "element");
        if (items.Count == 0) throw new TerraformValueException("element: cannot use element function with an empty list");
        if (index < 0) throw new TerraformValueException("element: cannot use element function with a negative index");
        return items[index % items.Count];
    }

    public static IEnumerable<TerraformValue> Flatten(SequenceValue sequence) =>
        sequence.Items.SelectMany(i => i is SequenceValue nested ? Flatten(nested) : [i]);

    // zipmap(keys, values): a map of a list's values, an object of a tuple's.
    public static TerraformValue Zipmap(IReadOnlyList<TerraformValue> a)
    {
        var keys = Sequence(a[0], "zipmap").Items;
        var values = Sequence(a[1], "zipmap").Items;
        if (keys.Count != values.Count) throw new TerraformValueException("zipmap: number of keys and values must match");
        var zipped = new Dictionary<string, TerraformValue>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++) zipped[Text(keys[i], "zipmap")] = values[i];
        return new MappingValue(zipped, isMap: ((SequenceValue)a[1]).Kind != SequenceKind.Tuple);
    }

    // range(limit), range(start, limit), range(start, limit, step): at most 1024 numbers, as Terraform allows.
    public static TerraformValue Range(IReadOnlyList<TerraformValue> a)
    {
        var numbers = a.Select(v => Number(v, "range")).ToList();
        var (start, limit, step) = numbers.Count switch
        {
            1 => (0m, numbers[0], 1m),
            2 => (numbers[0], numbers[1], numbers[0] <= numbers[1] ? 1m : -1m),
            _ => (numbers[0], numbers[1], numbers[2]),
        };
        if (step == 0) throw new TerraformValueException("range: step must not be zero");
        if ((step > 0 && start > limit) || (step < 0 && start < limit)) throw new TerraformValueException("range: the step direction does not reach the limit");
        var items = new List<TerraformValue>();
        for (var n = start; step > 0 ? n < limit : n > limit; n += step)
        {
            if (items.Count == 1024) throw new TerraformValueException("range: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
            items.Add(new NumberValue(n));
        }
        return new SequenceValue(items, SequenceKind.List);
    }
}
