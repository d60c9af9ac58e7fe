using WsRouteResponses.Model;

namespace WsRouteResponses.Check;

/// <summary>A finding of <c>check</c>, with the stack and file it was read from.</summary>
/// <param name="Stack">The stack (cdktf) or path read.</param>
/// <param name="File">The Terraform JSON file, or folder, the element is in.</param>
/// <param name="Finding">The broken rule.</param>
public sealed record CheckFinding(string Stack, string File, Finding Finding);

/// <summary><c>wsrr check</c>: reads every path, runs every rule of <see cref="RuleChecks"/>, reports.</summary>
public static class CheckCommand
{
    /// <summary>Checks <paramref name="paths"/> and writes the report; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> paths, string format, string? output, TextWriter stdout, TextWriter stderr)
    {
        List<CheckFinding> findings = [];
        var stacks = 0;
        foreach (var path in paths)
        {
            IReadOnlyList<ReadStack> read;
            try
            {
                read = TerraformJsonReader.Read(path);
            }
            catch (ConfigurationReadException e)
            {
                stderr.WriteLine($"wsrr: {e.Message}");
                return WsrrCommand.Unreadable;
            }
            stacks += read.Count;
            findings.AddRange(read.SelectMany(stack => RuleChecks.CheckAll(stack.Configuration).Select(f => new CheckFinding(stack.Name, stack.File, f))));
        }

        var report = format == "sarif" ? SarifReport.Write(findings) : TextReport.Write(findings, stacks);
        if (output is null) stdout.Write(report);
        else File.WriteAllText(output, report);
        return findings.Any(f => f.Finding.Rule.Severity == RuleSeverity.Error) ? WsrrCommand.Errors : WsrrCommand.Clean;
    }
}
