using System.Text;
using WsRouteResponses.Model;

namespace WsRouteResponses.Check;

/// <summary>
/// The text report: one line per finding, <c>error WSR301 &lt;address&gt;: problem Fix: fix</c> (the address
/// followed by <c>(file:line:column)</c> where the reader knows it), then a summary line.
/// </summary>
public static class TextReport
{
    /// <summary>The report of <paramref name="findings"/> over <paramref name="stacks"/> stacks.</summary>
    public static string Write(IReadOnlyList<CheckFinding> findings, int stacks)
    {
        var text = new StringBuilder();
        var several = findings.Select(f => f.Stack).Distinct().Count() > 1;
        foreach (var (stack, file, finding) in findings)
        {
            var severity = finding.Rule.Severity == RuleSeverity.Error ? "error" : "warning";
            var where = several ? $"{stack}: {finding.Origin.Address}" : finding.Origin.Address;
            if (finding.Origin.Location is { } location) where += $" ({Relative(location, file)})";
            text.Append($"{severity} {finding.Rule.Id} {where}: {finding.Problem} Fix: {finding.Rule.FixInTerraform}\n");
        }
        var errors = findings.Count(f => f.Finding.Rule.Severity == RuleSeverity.Error);
        var warnings = findings.Count - errors;
        text.Append($"{Count(errors, "error")}, {Count(warnings, "warning")} in {Count(stacks, "stack")}\n");
        return text.ToString();
    }

    // A .tf file as Terraform names it: relative to the project folder read.
    private static SourceLocation Relative(SourceLocation location, string read) =>
        Directory.Exists(read) && Path.GetRelativePath(Path.GetFullPath(read), Path.GetFullPath(location.File)) is var relative && !relative.StartsWith("..", StringComparison.Ordinal)
            ? location with { File = relative.Replace('\\', '/') }
            : location;

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
