using Newtonsoft.Json.Linq;

namespace WsRouteResponses.Local.Vtl;

internal static partial class VtlJsonPath
{
    // One indefinite path's evaluation, spending from the rendering's budget: deep scan applied to every previous
    // result can multiply the work with each step, so each node it visits and each result counts against the
    // iteration limit, and the clock is read at each.
    private sealed class Evaluation(VtlBudget budget, JsonSelectSettings settings)
    {
        /// <summary>Counts one result or visited node.</summary>
        public void Count(string path)
        {
            budget.CheckTime();
            if (!budget.TrySpend(1)) throw new VtlException($"JSONPath \"{path}\": more than {budget.Limits.MaxIterations} results and deep scan steps in the rendering");
        }

        // Newtonsoft.Json evaluates the path, but for two steps whose results differ from Jayway's, taken here: a wildcard
        // (Newtonsoft's .* skips an array's items and its [*] an object's values; Jayway's take both) and deep scan (Jayway
        // lists a level's own match before those inside its children; Newtonsoft lists all in document order).
        public IEnumerable<JToken> Matches(JToken root, string path)
        {
            var step = Step().Match(path);
            if (!step.Success) return root.SelectTokens(path, settings);
            var rest = "$" + path[(step.Index + step.Length)..];
            var before = root.SelectTokens(path[..step.Index], settings);
            if (step.Groups["scan"].Success)
            {
                var scanned = step.Groups["scan"].Value;
                var next = scanned.StartsWith('[') ? "$" + scanned : "$." + scanned;
                before = before.SelectMany(Scanned).SelectMany(d => Matches(d, next));
                return before.SelectMany(t => Matches(t, rest));
            }
            return before.SelectMany(Children).SelectMany(t => Matches(t, rest));

            IEnumerable<JToken> Scanned(JToken token) => token is JContainer container
                ? container.DescendantsAndSelf().Where(d =>
                {
                    Count(path);
                    return d is JObject or JArray;
                })
                : [];
        }
    }
}
