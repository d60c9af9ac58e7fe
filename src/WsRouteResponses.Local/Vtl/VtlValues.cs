using System.Globalization;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// What Velocity does with values: truth, equality, arithmetic, printing (Java's forms: <c>{a=1, b=[1, 2]}</c>)
/// and the Java methods templates call on strings, maps and lists. Values are string, long, double,
/// bool, null, <see cref="Dictionary{TKey,TValue}"/> (JSON objects), <see cref="List{T}"/> (arrays) and <see cref="IVtlObject"/>.
/// </summary>
internal static class VtlValues
{
    public static bool IsTrue(object? value) => value is not (null or false);

    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => VtlTemplate.Number(number),
        IDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => $"{e.Key}={FormatNested(e.Value)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(FormatNested)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string FormatNested(object? value) => value is null ? "null" : Format(value);

    public static bool AreEqual(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        _ when IsNumber(left) && IsNumber(right) => ToDouble(left) == ToDouble(right),
        (string a, string b) => a == b,
        (bool a, bool b) => a == b,
        // Velocity compares values of different classes by their string forms.
        _ => Format(left) == Format(right),
    };

    public static int Compare(object? left, object? right) =>
        IsNumber(left) && IsNumber(right) ? ToDouble(left).CompareTo(ToDouble(right))
        : left is string a && right is string b ? string.CompareOrdinal(a, b)
        : throw new VtlException($"cannot compare {Format(left)} with {Format(right)}");

    public static object? Arithmetic(string op, object? left, object? right)
    {
        if (op == "+" && (left is string || right is string)) return Format(left) + Format(right);
        if (!IsNumber(left) || !IsNumber(right)) throw new VtlException($"'{op}' needs numbers, not {Format(left)} and {Format(right)}");
        if (left is long a && right is long b)
            return op switch
            {
                "+" => a + b, "-" => a - b, "*" => a * b,
                "/" => b == 0 ? null : a / b,
                "%" => b == 0 ? null : a % b,
                _ => throw new VtlException($"unknown operator {op}"),
            };
        double x = ToDouble(left), y = ToDouble(right);
        return op switch { "+" => x + y, "-" => x - y, "*" => x * y, "/" => x / y, "%" => x % y, _ => throw new VtlException($"unknown operator {op}") };
    }

    public static IEnumerable<object?> Items(object? value) => value switch
    {
        null => [],
        IDictionary<string, object?> map => map.Values,
        string text => [text],
        IEnumerable<object?> list => list,
        _ => [value],
    };

    public static List<object?> Range(object? from, object? to, int max)
    {
        if (!IsNumber(from) || !IsNumber(to)) throw new VtlException("a range needs numbers");
        long a = (long)ToDouble(from), b = (long)ToDouble(to);
        if (Math.Abs(b - a) >= max) throw new VtlException($"the range [{a}..{b}] is too long");
        var step = a <= b ? 1 : -1;
        var items = new List<object?>();
        for (var i = a; ; i += step)
        {
            items.Add(i);
            if (i == b) return items;
        }
    }

    public static object? Property(object target, string name) => target switch
    {
        IDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        IVtlObject obj => obj.Property(name),
        // Velocity reads $x.empty as isEmpty(), $x.class is not offered.
        _ when name == "empty" => Call(target, "isEmpty", []),
        _ => null,
    };

    public static object? Index(object target, object? index) => target switch
    {
        IList<object?> list when IsNumber(index) => (int)ToDouble(index) is var i && i >= 0 && i < list.Count ? list[i] : null,
        IDictionary<string, object?> map => map.TryGetValue(Format(index), out var value) ? value : null,
        _ => null,
    };

    public static object? Call(object target, string name, IReadOnlyList<object?> args)
    {
        try
        {
            return Dispatch(target, name, args);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or FormatException or OverflowException or RegexMatchTimeoutException)
        {
            // As Velocity reports a Java exception in a method call: the template fails, the server does not.
            throw new VtlException($"{name}(...) failed: {e.Message}");
        }
    }

    private static object? Dispatch(object target, string name, IReadOnlyList<object?> args) => target switch
    {
        IVtlObject obj => obj.Call(name, args),
        string text => StringMethod(text, name, args),
        IDictionary<string, object?> map => MapMethod(map, name, args),
        List<object?> list => ListMethod(list, name, args),
        _ when name == "toString" => Format(target),
        _ when name == "equals" => AreEqual(target, Arg(args, 0)),
        _ => throw new VtlException($"no method {name} on {Format(target)}"),
    };

    private static object? StringMethod(string text, string name, IReadOnlyList<object?> args) => name switch
    {
        "length" => (long)text.Length,
        "isEmpty" => text.Length == 0,
        "contains" => text.Contains(Str(args, 0), StringComparison.Ordinal),
        "startsWith" => text.StartsWith(Str(args, 0), StringComparison.Ordinal),
        "endsWith" => text.EndsWith(Str(args, 0), StringComparison.Ordinal),
        "equals" => text == Format(Arg(args, 0)),
        "equalsIgnoreCase" => string.Equals(text, Format(Arg(args, 0)), StringComparison.OrdinalIgnoreCase),
        "indexOf" => (long)text.IndexOf(Str(args, 0), StringComparison.Ordinal),
        "lastIndexOf" => (long)text.LastIndexOf(Str(args, 0), StringComparison.Ordinal),
        "replace" => text.Replace(Str(args, 0), Str(args, 1), StringComparison.Ordinal),
        "replaceAll" => Regex.Replace(text, Str(args, 0), Str(args, 1).Replace("$", "$$", StringComparison.Ordinal), RegexOptions.None, TimeSpan.FromSeconds(1)),
        "matches" => Regex.IsMatch(text, $"^(?:{Str(args, 0)})$", RegexOptions.None, TimeSpan.FromSeconds(1)),
        "split" => Regex.Split(text, Str(args, 0), RegexOptions.None, TimeSpan.FromSeconds(1)).Cast<object?>().ToList(),
        "toLowerCase" => text.ToLowerInvariant(),
        "toUpperCase" => text.ToUpperInvariant(),
        "trim" => text.Trim(),
        "charAt" => text[(int)ToDouble(Arg(args, 0))].ToString(),
        "concat" => text + Str(args, 0),
        "substring" => args.Count == 1 ? text[(int)ToDouble(args[0])..] : text[(int)ToDouble(args[0])..(int)ToDouble(args[1])],
        "toString" => text,
        _ => throw new VtlException($"no method {name} on a string"),
    };

    private static object? MapMethod(IDictionary<string, object?> map, string name, IReadOnlyList<object?> args) => name switch
    {
        "get" => map.TryGetValue(Str(args, 0), out var value) ? value : null,
        "containsKey" => map.ContainsKey(Str(args, 0)),
        "keySet" => map.Keys.Cast<object?>().ToList(),
        "values" => map.Values.ToList(),
        "size" => (long)map.Count,
        "isEmpty" => map.Count == 0,
        "put" => Put(map, Str(args, 0), Arg(args, 1)),
        "toString" => Format(map),
        _ => throw new VtlException($"no method {name} on a map"),
    };

    private static object? ListMethod(List<object?> list, string name, IReadOnlyList<object?> args) => name switch
    {
        "size" => (long)list.Count,
        "isEmpty" => list.Count == 0,
        "get" => Index(list, Arg(args, 0)),
        "contains" => list.Any(i => AreEqual(i, Arg(args, 0))),
        "indexOf" => (long)list.FindIndex(i => AreEqual(i, Arg(args, 0))),
        "add" => Add(list, Arg(args, 0)),
        "toString" => Format(list),
        _ => throw new VtlException($"no method {name} on a list"),
    };

    private static object? Put(IDictionary<string, object?> map, string key, object? value)
    {
        map.TryGetValue(key, out var previous);
        map[key] = value;
        return previous;
    }

    private static bool Add(List<object?> list, object? item)
    {
        list.Add(item);
        return true;
    }

    private static object? Arg(IReadOnlyList<object?> args, int i) =>
        i < args.Count ? args[i] : throw new VtlException($"argument {i + 1} missing");

    /// <summary>A string argument (Java converts with toString()).</summary>
    public static string Str(IReadOnlyList<object?> args, int i) => Format(Arg(args, i));

    private static bool IsNumber(object? value) => value is long or double or int;

    private static double ToDouble(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
