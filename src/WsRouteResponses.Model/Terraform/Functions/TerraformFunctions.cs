namespace WsRouteResponses.Model;

/// <summary>
/// Terraform's built-in functions that need nothing but their arguments, as the reader evaluates them
/// before a plan. An argument known only at apply makes the result unknown. The functions that read files
/// (<c>file</c>, <c>templatefile</c>, <c>filebase64sha256</c>) and those that take expressions rather than
/// values (<c>try</c>, <c>can</c>) belong to the evaluator, which knows the module's folder and scope.
/// Each is proven against Terraform itself (the recorded corpus in the tests).
/// </summary>
public static class TerraformFunctions
{
    private delegate TerraformValue Function(IReadOnlyList<TerraformValue> arguments);

    private static readonly Dictionary<string, (int Min, int Max, Function Call)> s_functions = new(StringComparer.Ordinal)
    {
        // Strings
        // A null argument makes the whole result null, as Terraform's format does.
        ["format"] = (1, int.MaxValue, a => a.Any(v => v is NullValue) ? Null : new StringValue(GoFormat.Format(Text(a[0], "format"), a.Skip(1).ToList()))),
        ["join"] = (2, int.MaxValue, StringFunctions.Join),
        ["split"] = (2, 2, a => new SequenceValue(Text(a[1], "split").Split(Text(a[0], "split")).Select(s => new StringValue(s)), SequenceKind.List)),
        ["replace"] = (3, 3, StringFunctions.Replace),
        ["lower"] = (1, 1, a => new StringValue(Text(a[0], "lower").ToLowerInvariant())),
        ["upper"] = (1, 1, a => new StringValue(Text(a[0], "upper").ToUpperInvariant())),
        ["trimspace"] = (1, 1, a => new StringValue(Text(a[0], "trimspace").Trim())),
        ["trimprefix"] = (2, 2, a => new StringValue(Text(a[0], "trimprefix") is var s && s.StartsWith(Text(a[1], "trimprefix"), StringComparison.Ordinal) ? s[Text(a[1], "trimprefix").Length..] : s)),
        ["trimsuffix"] = (2, 2, a => new StringValue(Text(a[0], "trimsuffix") is var s && s.EndsWith(Text(a[1], "trimsuffix"), StringComparison.Ordinal) ? s[..^Text(a[1], "trimsuffix").Length] : s)),
        ["startswith"] = (2, 2, a => BoolValue.Of(Text(a[0], "startswith").StartsWith(Text(a[1], "startswith"), StringComparison.Ordinal))),
        ["endswith"] = (2, 2, a => BoolValue.Of(Text(a[0], "endswith").EndsWith(Text(a[1], "endswith"), StringComparison.Ordinal))),
        ["substr"] = (3, 3, StringFunctions.Substr),
        ["chomp"] = (1, 1, a => new StringValue(Text(a[0], "chomp").TrimEnd('\n', '\r'))),
        // Collections
        ["length"] = (1, 1, CollectionFunctions.Length),
        ["concat"] = (1, int.MaxValue, CollectionFunctions.Concat),
        ["merge"] = (0, int.MaxValue, CollectionFunctions.Merge),
        ["lookup"] = (2, 3, CollectionFunctions.Lookup),
        // A map's keys and values are lists; an object's, tuples.
        ["keys"] = (1, 1, a => new SequenceValue(Mapping(a[0], "keys").Attributes.Keys.Select(k => new StringValue(k)), ((MappingValue)a[0]).IsMap ? SequenceKind.List : SequenceKind.Tuple)),
        ["values"] = (1, 1, a => new SequenceValue(Mapping(a[0], "values").Attributes.Values, ((MappingValue)a[0]).IsMap ? SequenceKind.List : SequenceKind.Tuple)),
        ["contains"] = (2, 2, a => BoolValue.Of(Sequence(a[0], "contains").Items.Contains(a[1]))),
        ["element"] = (2, 2, CollectionFunctions.Element),
        ["flatten"] = (1, 1, a => new SequenceValue(CollectionFunctions.Flatten(Sequence(a[0], "flatten")), SequenceKind.Tuple)),
        ["distinct"] = (1, 1, a => new SequenceValue(Sequence(a[0], "distinct").Items.Distinct(), SequenceKind.List)),
        ["compact"] = (1, 1, a => new SequenceValue(Sequence(a[0], "compact").Items.Where(i => i is not NullValue && i.AsString() != ""), SequenceKind.List)),
        ["coalesce"] = (1, int.MaxValue, a => a.FirstOrDefault(v => v is not NullValue && v.AsString() != "") ?? throw new TerraformValueException("no non-null, non-empty-string arguments")),
        ["zipmap"] = (2, 2, CollectionFunctions.Zipmap),
        ["range"] = (1, 3, CollectionFunctions.Range),
        ["one"] = (1, 1, a => Sequence(a[0], "one").Items switch { [] => Null, [var only] => only, _ => throw new TerraformValueException("must be a list, set, or tuple value with either zero or one elements") }),
        // Conversions
        ["tostring"] = (1, 1, a => a[0] is NullValue ? Null : new StringValue(a[0].AsString() ?? throw Cannot(a[0], "string"))),
        ["tonumber"] = (1, 1, a => a[0] is NullValue ? Null : a[0] as NumberValue ?? NumberValue.Parse(a[0] is StringValue s ? s.Value : "x") ?? throw Cannot(a[0], "number")),
        ["tobool"] = (1, 1, a => a[0] is NullValue ? Null : a[0] as BoolValue ?? (a[0].AsString() switch { "true" => BoolValue.True, "false" => BoolValue.False, _ => throw Cannot(a[0], "bool") })),
        ["toset"] = (1, 1, a => new SequenceValue(Sequence(a[0], "toset").Items, SequenceKind.Set)),
        ["tolist"] = (1, 1, a => new SequenceValue(Sequence(a[0], "tolist").Items, SequenceKind.List)),
        ["tomap"] = (1, 1, a => new MappingValue(Mapping(a[0], "tomap").Attributes, isMap: true)),
        // Encoding and hashing
        ["jsonencode"] = (1, 1, a => new StringValue(JsonText.Encode(a[0]))),
        ["jsondecode"] = (1, 1, a => JsonText.Decode(Text(a[0], "jsondecode"))),
        ["base64encode"] = (1, 1, a => new StringValue(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Text(a[0], "base64encode"))))),
        ["base64decode"] = (1, 1, EncodingFunctions.Base64Decode),
        ["sha256"] = (1, 1, a => new StringValue(EncodingFunctions.Hex(System.Security.Cryptography.SHA256.HashData(EncodingFunctions.Utf8(a[0], "sha256"))))),
        ["sha1"] = (1, 1, a => new StringValue(EncodingFunctions.Hex(System.Security.Cryptography.SHA1.HashData(EncodingFunctions.Utf8(a[0], "sha1"))))),
        ["md5"] = (1, 1, a => new StringValue(EncodingFunctions.Hex(System.Security.Cryptography.MD5.HashData(EncodingFunctions.Utf8(a[0], "md5"))))),
        ["urlencode"] = (1, 1, a => new StringValue(EncodingFunctions.UrlEncode(Text(a[0], "urlencode")))),
        // Numbers
        ["max"] = (1, int.MaxValue, a => new NumberValue(a.Select(v => Number(v, "max")).Max())),
        ["min"] = (1, int.MaxValue, a => new NumberValue(a.Select(v => Number(v, "min")).Min())),
        ["abs"] = (1, 1, a => new NumberValue(Math.Abs(Number(a[0], "abs")))),
        ["ceil"] = (1, 1, a => new NumberValue(Math.Ceiling(Number(a[0], "ceil")))),
        ["floor"] = (1, 1, a => new NumberValue(Math.Floor(Number(a[0], "floor")))),
    };

    /// <summary>Whether Terraform's function <paramref name="name"/> is evaluated here.</summary>
    public static bool IsKnown(string name) => s_functions.ContainsKey(name);

    /// <summary>The result of <paramref name="name"/> on <paramref name="arguments"/>; unknown when an argument is.</summary>
    /// <exception cref="TerraformValueException">The arguments are not what the function takes (Terraform fails the same call).</exception>
    /// <exception cref="KeyNotFoundException">The function is not one of <see cref="IsKnown"/>.</exception>
    public static TerraformValue Call(string name, IReadOnlyList<TerraformValue> arguments)
    {
        var (min, max, call) = s_functions[name];
        if (arguments.Count < min || arguments.Count > max)
            throw new TerraformValueException(min == max ? $"{name} takes {min} argument{(min == 1 ? "" : "s")}, not {arguments.Count}" : $"{name} takes {min} to {max} arguments, not {arguments.Count}");
        if (arguments.Any(a => !a.IsWhollyKnown)) return TerraformValue.Unknown;
        try
        {
            return call(arguments);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            throw new TerraformValueException($"{name}: {e.Message}");
        }
    }

    internal static TerraformValue Null => TerraformValue.Null;

    internal static string Text(TerraformValue value, string function) =>
        value.AsString() ?? throw new TerraformValueException($"{function}: a string is required, not {value.KindName}");

    internal static decimal Number(TerraformValue value, string function) => value switch
    {
        NumberValue n => n.Value,
        StringValue s when NumberValue.Parse(s.Value) is { } n => n.Value,
        _ => throw new TerraformValueException($"{function}: a number is required, not {value.KindName}"),
    };

    internal static SequenceValue Sequence(TerraformValue value, string function) =>
        value as SequenceValue ?? throw new TerraformValueException($"{function}: a list, set or tuple is required, not {value.KindName}");

    internal static MappingValue Mapping(TerraformValue value, string function) =>
        value as MappingValue ?? throw new TerraformValueException($"{function}: a map or object is required, not {value.KindName}");

    private static TerraformValueException Cannot(TerraformValue value, string kind) => new($"cannot convert {value.KindName} {value} to {kind}");
}
