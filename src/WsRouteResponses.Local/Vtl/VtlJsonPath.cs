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
    /// <exception cref="VtlException">The path is not JSONPath, or its evaluation passed the rendering's <paramref name="budget"/>.</exception>
    public static JToken? Select(JToken? root, string path, VtlBudget budget)
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
        // Newtonsoft takes the right of =~ as "/pattern/flags" text and throws ArgumentOutOfRange on any other.
        if (RegexOperand().Match(path) is { Success: true } operand)
        {
            throw new VtlException($"JSONPath \"{path}\": the right of =~ must be a regular expression literal such as /^a.*$/i, not {operand.Groups["operand"].Value}");
        }
        // A filter may test every value of the body: each gets its share of the time, so the whole call stays within it.
        var values = path.Contains("=~", StringComparison.Ordinal) && root is JContainer container ? Math.Max(1, container.Descendants().OfType<JValue>().Count()) : 1;
        var regexTimeout = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, budget.RegexTimeout.Ticks / values));
        var evaluation = new Evaluation(budget, new JsonSelectSettings { RegexMatchTimeout = regexTimeout });
        try
        {
            // In a filter, Jayway takes a property that holds null as absent: "?(@.tag)" is "?(@.tag != null)" to Newtonsoft.
            var results = new JArray();
            foreach (var match in evaluation.Matches(root, ExistenceTest().Replace(path, "$1 != null")))
            {
                evaluation.Count(path);
                results.Add(match);
            }
            return results;
        }
        catch (JsonException e)
        {
            throw new VtlException($"JSONPath \"{path}\": {e.Message}");
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new VtlException($"JSONPath \"{path}\": the =~ regular expression ran longer than {e.MatchTimeout.TotalMilliseconds:0} ms on one value ({(values == 1 ? "the limit for the body's one value" : $"the share of each of the body's {values} values")})");
        }
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

    // "=~" followed by anything but a /regular expression/ literal.
    [GeneratedRegex(@"=~\s*(?<operand>[^/\s][^)&|]*)")]
    private static partial Regex RegexOperand();

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
