using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// The Java methods templates call on strings, lists, maps and numbers, with Java's results and Java's regular
/// expressions. A method that does not exist, or whose arguments do not fit, is <see cref="NoSuchMethod"/>: Velocity
/// then prints the reference as written. A method that throws in Java fails the template.
/// </summary>
internal static class VtlMethods
{
    /// <summary>The result of a call Velocity cannot resolve.</summary>
    public static readonly object NoSuchMethod = new();

    /// <summary><c>target.name(args)</c> as Java would answer it, or <see cref="NoSuchMethod"/>, within the rendering's <paramref name="budget"/>.</summary>
    /// <exception cref="VtlException">The method threw in Java (an index out of range, a bad regular expression).</exception>
    public static object? Call(object target, string name, IReadOnlyList<object?> args, VtlBudget budget)
    {
        try
        {
            return target switch
            {
                IVtlObject obj => obj.Call(name, args, budget),
                string text => OnString(text, name, args),
                IDictionary<string, object?> map => OnMap(map, name, args),
                List<object?> list => OnList(list, name, args),
                KeyValuePair<string, object?> entry => (name, args.Count) switch { ("getKey", 0) => entry.Key, ("getValue", 0) => entry.Value, _ => Common(entry, name, args) },
                _ => Common(target, name, args),
            };
        }
        catch (ArgumentTypeException)
        {
            return NoSuchMethod;
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or FormatException or RegexMatchTimeoutException or InvalidOperationException
            or OverflowException or OutOfMemoryException)
        {
            // As Velocity reports a Java exception thrown by a method: the template fails, not the server.
            throw new VtlException($"{name}() threw: {e.Message}");
        }
    }

    private static object? Common(object target, string name, IReadOnlyList<object?> args) => (name, args.Count) switch
    {
        ("toString", 0) => VtlValues.Format(target),
        ("equals", 1) => VtlValues.AreEqual(target, args[0]),
        ("intValue" or "longValue", 0) when VtlNumbers.IsNumber(target) => (long)VtlNumbers.ToDouble(target),
        ("doubleValue", 0) when VtlNumbers.IsNumber(target) => VtlNumbers.ToDouble(target),
        _ => NoSuchMethod,
    };

    private static object? OnString(string text, string name, IReadOnlyList<object?> args) => (name, args.Count) switch
    {
        ("length", 0) => (long)text.Length,
        ("isEmpty", 0) => text.Length == 0,
        ("contains", 1) => text.Contains(S(args, 0), StringComparison.Ordinal),
        ("startsWith", 1) => text.StartsWith(S(args, 0), StringComparison.Ordinal),
        ("startsWith", 2) => I(args, 1) is var from && from >= 0 && from <= text.Length && text[from..].StartsWith(S(args, 0), StringComparison.Ordinal),
        ("endsWith", 1) => text.EndsWith(S(args, 0), StringComparison.Ordinal),
        ("equals", 1) => args[0] is string other && text == other,
        ("equalsIgnoreCase", 1) => args[0] is string other && string.Equals(text, other, StringComparison.OrdinalIgnoreCase),
        ("compareTo", 1) => (long)Compare(text, S(args, 0)),
        ("compareToIgnoreCase", 1) => (long)Compare(text.ToUpperInvariant().ToLowerInvariant(), S(args, 0).ToUpperInvariant().ToLowerInvariant()),
        ("indexOf", 1) => (long)(args[0] is string s ? text.IndexOf(s, StringComparison.Ordinal) : text.IndexOf((char)I(args, 0))),
        ("indexOf", 2) => (long)IndexOf(text, args[0], I(args, 1)),
        ("lastIndexOf", 1) => (long)(args[0] is string s ? text.LastIndexOf(s, StringComparison.Ordinal) : text.LastIndexOf((char)I(args, 0))),
        ("replace", 2) => text.Replace(S(args, 0), S(args, 1), StringComparison.Ordinal),
        ("replaceAll", 2) => Pattern(S(args, 0)).Replace(text, Replacement(S(args, 1))),
        ("replaceFirst", 2) => Pattern(S(args, 0)).Replace(text, Replacement(S(args, 1)), 1),
        ("matches", 1) => Pattern($"^(?:{JavaRegexOf(S(args, 0))})\\z", translated: true).IsMatch(text),
        ("split", 1) => Split(text, S(args, 0), 0),
        ("split", 2) => Split(text, S(args, 0), I(args, 1)),
        ("toLowerCase", 0) => text.ToLowerInvariant(),
        ("toUpperCase", 0) => text.ToUpperInvariant(),
        ("trim", 0) => text.Trim('\0', ' ', '\t', '\n', '\r', '\f', '\v'),
        ("charAt", 1) => I(args, 0) is var at && at >= 0 && at < text.Length ? text[at].ToString() : throw new ArgumentException($"String index out of range: {at}"),
        ("concat", 1) => text + S(args, 0),
        ("substring", 1) => Substring(text, I(args, 0), text.Length),
        ("substring", 2) => Substring(text, I(args, 0), I(args, 1)),
        ("toString" or "intern", 0) => text,
        ("hashCode", 0) => (long)text.Aggregate(0, (h, c) => unchecked((31 * h) + c)),
        ("getBytes", 0 or 1) => Encoding.UTF8.GetBytes(text).Select(b => (object?)(long)(sbyte)b).ToList(),
        ("toCharArray", 0) => text.Select(c => (object?)c.ToString()).ToList(),
        ("valueOf", 1) => VtlValues.Format(args[0]),
        ("format", >= 1) => JavaFormat(S(args, 0), args.Skip(1).ToList()),
        ("regionMatches", 4) => RegionMatches(text, false, I(args, 0), S(args, 1), I(args, 2), I(args, 3)),
        ("regionMatches", 5) when args[0] is bool ignoreCase => RegionMatches(text, ignoreCase, I(args, 1), S(args, 2), I(args, 3), I(args, 4)),
        _ => Common(text, name, args),
    };

    private static object? OnMap(IDictionary<string, object?> map, string name, IReadOnlyList<object?> args) => (name, args.Count) switch
    {
        ("get", 1) => map.TryGetValue(VtlValues.Format(args[0]), out var value) ? value : null,
        ("containsKey", 1) => map.ContainsKey(VtlValues.Format(args[0])),
        ("containsValue", 1) => map.Values.Any(v => VtlValues.AreEqual(v, args[0])),
        ("keySet", 0) => map.Keys.Cast<object?>().ToList(),
        ("values", 0) => map.Values.ToList(),
        ("entrySet", 0) => map.Select(e => (object?)e).ToList(),
        ("size", 0) => (long)map.Count,
        ("isEmpty", 0) => map.Count == 0,
        ("put", 2) => Put(map, VtlValues.Format(args[0]), args[1]),
        ("putAll", 1) when args[0] is IDictionary<string, object?> other => PutAll(map, other),
        ("remove", 1) => map.Remove(VtlValues.Format(args[0]), out var removed) ? removed : null,
        ("clear", 0) => Clear(map),
        _ => Common(map, name, args),
    };

    private static object? OnList(List<object?> list, string name, IReadOnlyList<object?> args) => (name, args.Count) switch
    {
        ("size", 0) => (long)list.Count,
        ("isEmpty", 0) => list.Count == 0,
        ("get", 1) => I(args, 0) is var at && at >= 0 && at < list.Count ? list[at] : throw new ArgumentException($"Index {at} out of bounds for length {list.Count}"),
        ("contains", 1) => list.Any(i => VtlValues.AreEqual(i, args[0])),
        ("containsAll", 1) when args[0] is List<object?> other => other.All(o => list.Any(i => VtlValues.AreEqual(i, o))),
        ("indexOf", 1) => (long)list.FindIndex(i => VtlValues.AreEqual(i, args[0])),
        ("lastIndexOf", 1) => (long)list.FindLastIndex(i => VtlValues.AreEqual(i, args[0])),
        ("add", 1) => Add(list, args[0]),
        ("add", 2) => Insert(list, I(args, 0), args[1]),
        ("addAll", 1) when args[0] is List<object?> other => AddAll(list, other),
        ("remove", 1) when args[0] is long or int => RemoveAt(list, I(args, 0)),
        ("remove", 1) => list.Remove(list.Find(i => VtlValues.AreEqual(i, args[0]))),
        ("set", 2) => Set(list, I(args, 0), args[1]),
        ("subList", 2) => I(args, 0) is var from && I(args, 1) is var to && from >= 0 && from <= to && to <= list.Count ? list[from..to] : throw new ArgumentException($"subList({from}, {to}) out of bounds"),
        ("clear", 0) => Clear(list),
        _ => Common(list, name, args),
    };

    // Java's String.split: a regex, no empty leading part for a zero-width match at the start, trailing empty parts dropped when the limit is 0.
    private static List<object?> Split(string text, string pattern, int limit)
    {
        var parts = new List<object?>();
        var index = 0;
        foreach (Match match in Pattern(pattern).Matches(text))
        {
            if (limit > 0 && parts.Count == limit - 1) break;
            if (match.Length == 0 && match.Index == 0) continue;
            parts.Add(text[index..match.Index]);
            index = match.Index + match.Length;
        }
        parts.Add(text[index..]);
        if (limit == 0) while (parts.Count > 1 && (string)parts[^1]! == "") parts.RemoveAt(parts.Count - 1);
        return parts;
    }

    private static Regex Pattern(string java, bool translated = false) =>
        new(translated ? java : JavaRegexOf(java), RegexOptions.None, VtlBudget.RegexLimit);

    private static string JavaRegexOf(string java) => WsRouteResponses.Model.JavaRegex.ToDotNet(java);

    // Java's replacement syntax ($1, ${name}, \ quoting the next character) in .NET's ($$ for a literal $).
    private static string Replacement(string java)
    {
        var output = new StringBuilder(java.Length);
        for (var i = 0; i < java.Length; i++)
        {
            var c = java[i];
            if (c == '\\' && i + 1 < java.Length) { i++; output.Append(java[i] == '$' ? "$$" : java[i].ToString()); }
            else if (c == '\\') throw new ArgumentException("character to be escaped is missing");
            else if (c == '$' && i + 1 < java.Length && (char.IsAsciiDigit(java[i + 1]) || java[i + 1] == '{')) output.Append(c);
            else if (c == '$') throw new ArgumentException("Illegal group reference");
            else output.Append(c);
        }
        return output.ToString();
    }

    private static string JavaFormat(string format, List<object?> args)
    {
        // The common %d, %s and %0Nd forms: enough for padding numbers and joining strings.
        var k = 0;
        return Regex.Replace(format, @"%(0?)(\d*)([ds%])", m =>
        {
            if (m.Groups[3].Value == "%") return "%";
            var value = VtlValues.Format(k < args.Count ? args[k++] : throw new FormatException($"missing argument for {m.Value}"));
            var width = m.Groups[2].Value.Length > 0 ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            if (width > VtlLimits.Default.MaxOutput) throw new VtlException($"format width {width} is over the output limit");
            return m.Groups[1].Value == "0" ? value.PadLeft(width, '0') : value.PadLeft(width);
        }, RegexOptions.None, VtlBudget.RegexLimit);
    }

    private static int Compare(string a, string b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return a[i] - b[i];
        return a.Length - b.Length;
    }

    private static int IndexOf(string text, object? what, int from)
    {
        from = Math.Clamp(from, 0, text.Length);
        return what is string s ? text.IndexOf(s, from, StringComparison.Ordinal) : text.IndexOf((char)I([what], 0), from);
    }

    private static string Substring(string text, int from, int to) =>
        from >= 0 && from <= to && to <= text.Length ? text[from..to] : throw new ArgumentException($"begin {from}, end {to}, length {text.Length}");

    private static bool RegionMatches(string text, bool ignoreCase, int offset, string other, int otherOffset, int length) =>
        offset >= 0 && otherOffset >= 0 && offset + length <= text.Length && otherOffset + length <= other.Length
        && string.Compare(text, offset, other, otherOffset, length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0;

    private static object? Put(IDictionary<string, object?> map, string key, object? value)
    {
        map.TryGetValue(key, out var previous);
        map[key] = value;
        return previous;
    }

    private static string PutAll(IDictionary<string, object?> map, IDictionary<string, object?> other)
    {
        foreach (var (key, value) in other) map[key] = value;
        return "";
    }

    // A void Java method gives Velocity an empty string to print.
    private static string Clear<T>(ICollection<T> items)
    {
        items.Clear();
        return "";
    }

    private static bool Add(List<object?> list, object? item)
    {
        list.Add(item);
        return true;
    }

    private static string Insert(List<object?> list, int at, object? item)
    {
        if (at < 0 || at > list.Count) throw new ArgumentException($"Index: {at}, Size: {list.Count}");
        list.Insert(at, item);
        return "";
    }

    private static bool AddAll(List<object?> list, List<object?> other)
    {
        list.AddRange(other.ToList());
        return other.Count > 0;
    }

    private static object? RemoveAt(List<object?> list, int at)
    {
        var item = at >= 0 && at < list.Count ? list[at] : throw new ArgumentException($"Index {at} out of bounds for length {list.Count}");
        list.RemoveAt(at);
        return item;
    }

    private static object? Set(List<object?> list, int at, object? item)
    {
        var previous = at >= 0 && at < list.Count ? list[at] : throw new ArgumentException($"Index {at} out of bounds for length {list.Count}");
        list[at] = item;
        return previous;
    }

    // A String parameter: Velocity 1.7 passes only a string (no conversion).
    private static string S(IReadOnlyList<object?> args, int i) => args[i] as string ?? throw new ArgumentTypeException();

    // An int parameter: an integer in int's range.
    private static int I(IReadOnlyList<object?> args, int i) =>
        args[i] is long or int && Convert.ToInt64(args[i], CultureInfo.InvariantCulture) is var n && n is >= int.MinValue and <= int.MaxValue ? (int)n : throw new ArgumentTypeException();

    // Arguments that fit no overload of the method: Velocity finds no method.
    private sealed class ArgumentTypeException : Exception;
}
