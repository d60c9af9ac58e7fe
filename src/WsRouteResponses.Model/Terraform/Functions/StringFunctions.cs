using System.Globalization;
using System.Text.RegularExpressions;
using static WsRouteResponses.Model.TerraformFunctions;

namespace WsRouteResponses.Model;

// The string functions that take more than one line.
internal static class StringFunctions
{
    // join(separator, list...): the lists' strings joined.
    public static TerraformValue Join(IReadOnlyList<TerraformValue> a) =>
        new StringValue(string.Join(Text(a[0], "join"), a.Skip(1).SelectMany(list => Sequence(list, "join").Items).Select(i => Text(i, "join"))));

    // replace(string, search, replacement): a search between slashes is a regular expression, and $1 or ${name}
    // in the replacement name its groups; otherwise every occurrence is replaced.
    public static TerraformValue Replace(IReadOnlyList<TerraformValue> a)
    {
        var (text, search, replacement) = (Text(a[0], "replace"), Text(a[1], "replace"), Text(a[2], "replace"));
        // RE2 names groups (?P<name>...), which .NET writes (?<name>...).
        if (search.Length > 1 && search.StartsWith('/') && search.EndsWith('/'))
            return new StringValue(new Regex(search[1..^1].Replace("(?P<", "(?<", StringComparison.Ordinal), RegexOptions.None, TimeSpan.FromSeconds(1)).Replace(text, replacement));
        // Go's strings.Replace with nothing to search for inserts the replacement around every character.
        return new StringValue(search.Length == 0
            ? replacement + string.Concat(TextElements(text).Select(c => c + replacement))
            : text.Replace(search, replacement, StringComparison.Ordinal));
    }

    // substr(string, offset, length): in characters (grapheme clusters); a negative offset counts from the end,
    // a length of -1 takes the rest.
    public static TerraformValue Substr(IReadOnlyList<TerraformValue> a)
    {
        var elements = TextElements(Text(a[0], "substr"));
        var offset = (int)Number(a[1], "substr");
        var length = (int)Number(a[2], "substr");
        if (offset < 0) offset += elements.Count;
        if (offset < 0 || offset > elements.Count) throw new TerraformValueException("substr: offset out of range");
        var count = length < 0 ? elements.Count - offset : Math.Min(length, elements.Count - offset);
        return new StringValue(string.Concat(elements.Skip(offset).Take(count)));
    }

    public static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext()) elements.Add((string)enumerator.Current);
        return elements;
    }
}
