using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// JSONPath as <c>$input.json</c> and <c>$input.path</c> read it ("Variables for data transformations for API Gateway":
/// a JSONPath expression; the pages link Goessner's JSONPath), with Jayway JsonPath's results, the Java implementation
/// the oracle checks against: a definite path (names and indexes only) selects one value or nothing; any other
/// (wildcards, slices, unions, deep scan, filters) the array of everything it matches, maybe empty. A path without
/// <c>$</c> is read from the root (<c>text</c> is <c>$.text</c>, as is <c>@.text</c>). Newtonsoft.Json evaluates the indefinite ones.
/// </summary>
internal static partial class VtlJsonPath
{
    /// <summary>What <paramref name="path"/> selects in <paramref name="root"/>, or null when nothing matches (or the body is not JSON).</summary>
    /// <exception cref="VtlException">The path is not JSONPath.</exception>
    public static JToken? Select(JToken? root, string path)
    {
        // Jayway reads "@" at the start as the root, and a path without either from the root.
        path = path.StartsWith('@') ? "$" + path[1..] : path.StartsWith('$') ? path : "$." + path;
        if (root is null) return null;
        if (Definite().IsMatch(path)) return VtlJson.Select(root, path);
        // Jayway joins the names of a union after a definite path into one object of those present.
        if (Names().Match(path) is { Success: true } union && Definite().IsMatch(union.Groups["parent"].Value))
        {
            if (VtlJson.Select(root, union.Groups["parent"].Value) is not JObject parent) return null;
            var joined = new JObject();
            foreach (Capture name in union.Groups["name"].Captures)
            {
                if (parent.Property(name.Value[1..^1], StringComparison.Ordinal) is { } property) joined.Add(property.Name, property.Value);
            }
            return joined;
        }
        try
        {
            // In a filter, Jayway takes a property that holds null as absent: "?(@.tag)" is "?(@.tag != null)" to Newtonsoft.
            return new JArray(Matches(root, ExistenceTest().Replace(path, "$1 != null")).ToList());
        }
        catch (JsonException e)
        {
            throw new VtlException($"JSONPath \"{path}\": {e.Message}");
        }
    }

    // Newtonsoft.Json evaluates the path, but for two steps whose results differ from Jayway's, taken here: a wildcard
    // (Newtonsoft's .* skips an array's items and its [*] an object's values; Jayway's take both) and deep scan (Jayway
    // lists a level's own match before those inside its children; Newtonsoft lists all in document order).
    private static IEnumerable<JToken> Matches(JToken root, string path)
    {
        var step = Step().Match(path);
        if (!step.Success) return root.SelectTokens(path, errorWhenNoMatch: false);
        var rest = "$" + path[(step.Index + step.Length)..];
        var before = root.SelectTokens(path[..step.Index], errorWhenNoMatch: false);
        if (step.Groups["scan"].Success)
        {
            var scanned = step.Groups["scan"].Value;
            var next = scanned.StartsWith('[') ? "$" + scanned : "$." + scanned;
            before = before.SelectMany(t => t is JContainer c ? c.DescendantsAndSelf().Where(d => d is JObject or JArray) : []).SelectMany(d => Matches(d, next));
            return before.SelectMany(t => Matches(t, rest));
        }
        return before.SelectMany(Children).SelectMany(t => Matches(t, rest));
    }

    private static IEnumerable<JToken> Children(JToken token) => token switch
    {
        JObject obj => obj.Properties().Select(p => p.Value),
        JArray array => array,
        _ => [],
    };

    // The first wildcard step (.* or [*]) or deep scan (..name, ..*, ..[...]) of a path, outside a filter's text.
    [GeneratedRegex(@"(?<!\.)\.\*(?=$|[.\[])|\[\*\]|\.\.(?<scan>\*|[^.\[\]*]+|\[[^\]]*\])")]
    private static partial Regex Step();

    // A filter's term that only names a property: after "?(", "&&" or "||", and before ")", "&&" or "||".
    [GeneratedRegex(@"(?<=(?:\?\(|&&|\|\|)\s*)(@[\w.]*)(?=\s*(?:\)|&&|\|\|))")]
    private static partial Regex ExistenceTest();

    // A definite path, then ['a','b',...].
    [GeneratedRegex("""^(?<parent>.*)\[\s*(?<name>'[^']*'|"[^"]*")(?:\s*,\s*(?<name>'[^']*'|"[^"]*"))+\s*\]$""")]
    private static partial Regex Names();

    // $ followed by .name, ['name'] and [index] only.
    [GeneratedRegex("""^\$(\.[^.\[\]*]+|\[\s*('[^']*'|"[^"]*"|-?\d+)\s*\])*$""")]
    private static partial Regex Definite();
}
