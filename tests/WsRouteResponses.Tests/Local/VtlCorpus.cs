using System.Runtime.CompilerServices;
using System.Text.Json;
using WsRouteResponses.Local.Vtl;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// The VTL corpus in VtlCorpus/: cases read from <c>*.vtlcases</c> as tools/vtl-oracle reads them, each beside the
/// output (or error) Apache Velocity 1.7 gave, recorded in <c>*.expected.json</c> by <c>./build.sh vtl-oracle</c>.
/// </summary>
internal static class VtlCorpus
{
    /// <summary>
    /// One case: its area (file), name, template, the body <c>$input</c> reads, and what Velocity 1.7 gave: the output, or
    /// the error's kind (<c>parse</c> when Velocity refuses the template as it loads it, <c>render</c> when rendering fails),
    /// Java class and message.
    /// </summary>
    public sealed record Case(string Area, string Name, string Template, string Body, string? Output, string? ErrorKind, string? Error, string? ErrorMessage);

    private static readonly Lazy<IReadOnlyList<Case>> s_cases = new(Load);
    private static readonly Lazy<JsonElement> s_shared = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder(), "context.json"))).RootElement);

    public static IReadOnlyList<Case> All => s_cases.Value;

    /// <summary>The variables a case renders with: the shared plain values, and <c>$input</c>, <c>$util</c>, <c>$context</c>.</summary>
    public static Dictionary<string, object?> Variables(Case c)
    {
        var variables = (Dictionary<string, object?>)VtlJson.ToValue(VtlJson.Parse(s_shared.Value.GetProperty("vars").GetRawText()))!;
        variables["input"] = new VtlInput(c.Body);
        variables["util"] = VtlUtil.Instance;
        variables["context"] = VtlJson.ToValue(VtlJson.Parse(s_shared.Value.GetProperty("context").GetRawText()));
        return variables;
    }

    private static List<Case> Load()
    {
        var defaultBody = s_shared.Value.GetProperty("body").GetString()!;
        var cases = new List<Case>();
        foreach (var file in Directory.GetFiles(Folder(), "*.vtlcases").Order(StringComparer.Ordinal))
        {
            var area = Path.GetFileNameWithoutExtension(file);
            var expected = JsonDocument.Parse(File.ReadAllText(file.Replace(".vtlcases", ".expected.json", StringComparison.Ordinal))).RootElement;
            foreach (var (name, body, template) in Read(File.ReadAllText(file)))
            {
                var result = expected.GetProperty(name);
                cases.Add(new Case(area, name, template, body ?? defaultBody,
                    result.TryGetProperty("output", out var output) ? output.GetString() : null,
                    result.TryGetProperty("kind", out var kind) ? kind.GetString() : null,
                    result.TryGetProperty("error", out var error) ? error.GetString() : null,
                    result.TryGetProperty("message", out var message) ? message.GetString() : null));
            }
        }
        return cases;
    }

    // "=== name", optional "--- body <text>" and "--- cite <source>" lines, then the template up to the next "=== " line, its last line break excluded.
    private static IEnumerable<(string Name, string? Body, string Template)> Read(string text)
    {
        if (text.EndsWith('\n')) text = text[..^1];
        (string Name, string? Body, List<string> Lines)? current = null;
        var header = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (current is { } done) yield return (done.Name, done.Body, string.Join('\n', done.Lines));
                current = (line[4..].Trim(), null, []);
                header = true;
                continue;
            }
            if (current is not { } open) continue;
            if (header && line.StartsWith("--- body ", StringComparison.Ordinal)) { current = open with { Body = line[9..] }; continue; }
            if (header && line.StartsWith("--- ", StringComparison.Ordinal)) continue;
            header = false;
            open.Lines.Add(line);
        }
        if (current is { } last) yield return (last.Name, last.Body, string.Join('\n', last.Lines));
    }

    private static string Folder([CallerFilePath] string file = "") => Path.Combine(Path.GetDirectoryName(file)!, "VtlCorpus");
}
