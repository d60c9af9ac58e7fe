using System.Globalization;
using System.Numerics;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// What Velocity 1.7 does with values: truth, equality, printing (Java's forms: <c>{a=1, b=[1, 2]}</c>), indexes
/// and properties. Values are string, long, double, big integer, bool, null, <see cref="Dictionary{TKey,TValue}"/> (JSON
/// objects), <see cref="List{T}"/> (arrays) and <see cref="IVtlObject"/>.
/// </summary>
internal static class VtlValues
{
    /// <summary>Velocity 1.7's truth of a reference's value: anything but null and false.</summary>
    public static bool IsTrue(object? value) => value is not (null or false);

    /// <summary>A value as Velocity 1.7 prints it (Java's toString forms).</summary>
    public static string Format(object? value)
    {
        var text = new StringBuilder();
        Format(value, text, 0);
        return text.ToString();
    }

    // Java prints a collection that holds itself as "(this Collection)"; a deeper cycle stops at a depth. The text
    // is bounded as it grows: a list of itself doubled 40 times is small, but its text is not.
    private static void Format(object? value, StringBuilder text, int depth)
    {
        if (depth > 100) throw new VtlException("a value nested more than 100 deep cannot be printed");
        if (text.Length > VtlLimits.Default.MaxOutput) throw new VtlException($"a value over {VtlLimits.Default.MaxOutput} characters cannot be printed");
        switch (value)
        {
            case null: break;
            case string s: text.Append(s); break;
            case bool flag: text.Append(flag ? "true" : "false"); break;
            case long number: text.Append(number.ToString(CultureInfo.InvariantCulture)); break;
            case double number: text.Append(VtlNumbers.Format(number)); break;
            case BigInteger number: text.Append(number.ToString(CultureInfo.InvariantCulture)); break;
            case KeyValuePair<string, object?> entry:
                text.Append(entry.Key).Append('=');
                FormatNested(entry.Value, value, text, depth);
                break;
            case IDictionary<string, object?> map:
                text.Append('{');
                var firstEntry = true;
                foreach (var e in map)
                {
                    if (!firstEntry) text.Append(", ");
                    firstEntry = false;
                    text.Append(e.Key).Append('=');
                    FormatNested(e.Value, map, text, depth);
                }
                text.Append('}');
                break;
            case IEnumerable<object?> list:
                text.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem) text.Append(", ");
                    firstItem = false;
                    FormatNested(item, list, text, depth);
                }
                text.Append(']');
                break;
            default: text.Append(value.ToString()); break;
        }
    }

    private static void FormatNested(object? value, object owner, StringBuilder text, int depth)
    {
        if (value is null) text.Append("null");
        else if (ReferenceEquals(value, owner)) text.Append(value is IDictionary<string, object?> ? "(this Map)" : "(this Collection)");
        else Format(value, text, depth + 1);
    }

    /// <summary>Velocity 1.7's ==: numbers by value, values of one class by equals(), others by their string forms; null equals only null.</summary>
    public static bool AreEqual(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        _ when VtlNumbers.IsNumber(left) && VtlNumbers.IsNumber(right) => VtlNumbers.Compare(left, right) == 0,
        (string a, string b) => a == b,
        (bool a, bool b) => a == b,
        (IList<object?> a, IList<object?> b) => ReferenceEquals(a, b) || Format(a) == Format(b),
        _ => Format(left) == Format(right),
    };

    /// <summary>What #foreach iterates: a list's items, a map's values; anything else, nothing.</summary>
    public static IEnumerable<object?> Items(object? value) => value switch
    {
        IDictionary<string, object?> map => map.Values,
        IEnumerable<object?> list => list,
        _ => [],
    };

    /// <summary><c>[from..to]</c>: the integers between, either way; null when a bound is not an integer.</summary>
    /// <exception cref="VtlException">The range is longer than <paramref name="max"/>.</exception>
    public static List<object?>? Range(object? from, object? to, int max)
    {
        if (from is not (long or int) || to is not (long or int)) return null;
        long a = Convert.ToInt64(from, CultureInfo.InvariantCulture), b = Convert.ToInt64(to, CultureInfo.InvariantCulture);
        // The length as a 128-bit number: [long.MinValue..long.MaxValue] must not overflow into a small one.
        if (Int128.Abs((Int128)b - a) >= max) throw new VtlException($"the range [{a}..{b}] has more than {max} items");
        var step = a <= b ? 1 : -1;
        var items = new List<object?>();
        for (var i = a; ; i += step)
        {
            items.Add(i);
            if (i == b) return items;
        }
    }

    /// <summary><c>$x.name</c>: a map's entry, else Java's getter <c>getName()</c> or <c>isName()</c>; null when there is none.</summary>
    public static object? Property(object target, string name, VtlBudget budget)
    {
        switch (target)
        {
            case IDictionary<string, object?> map: return map.TryGetValue(name, out var value) ? value : null;
            case IVtlObject obj: return obj.Property(name);
        }
        if (name.Length == 0) return null;
        var capital = char.ToUpperInvariant(name[0]) + name[1..];
        var got = VtlMethods.Call(target, "get" + capital, [], budget);
        if (!ReferenceEquals(got, VtlMethods.NoSuchMethod)) return got;
        got = VtlMethods.Call(target, "is" + capital, [], budget);
        return ReferenceEquals(got, VtlMethods.NoSuchMethod) ? null : got;
    }

    /// <summary><c>$x[i]</c>: a list's item (a negative index counts from the end), a map's entry.</summary>
    /// <exception cref="VtlException">The index is outside the list, as Velocity reports it.</exception>
    public static object? Index(object target, object? index)
    {
        switch (target)
        {
            case IList<object?> list when index is long or int:
                var i = Convert.ToInt64(index, CultureInfo.InvariantCulture);
                if (i < 0) i += list.Count;
                return i >= 0 && i < list.Count ? list[(int)i] : throw new VtlException($"index {index} is outside the list of {list.Count} items");
            case IDictionary<string, object?> map:
                return map.TryGetValue(Format(index), out var value) ? value : null;
            default:
                return null;
        }
    }

    /// <summary>A string argument (Java converts with toString()).</summary>
    public static string Str(IReadOnlyList<object?> args, int i) =>
        Format(i < args.Count ? args[i] : throw new VtlException($"argument {i + 1} missing"));
}
