using WsRouteResponses.Model;

namespace WsRouteResponses.Check;

/// <summary><c>wsrr check</c>: reads every path, runs every rule of <see cref="RuleChecks"/>, reports.</summary>
public static class CheckCommand
{
    /// <summary>Checks <paramref name="paths"/> and writes the report; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> paths, string format, string? output, TextWriter stdout, TextWriter stderr, TerraformVariables? variables = null)
    {
        List<CheckFinding> findings = [];
        var stacks = 0;
        foreach (var path in paths)
        {
            IReadOnlyList<ReadStack> read;
            try
            {
                read = TerraformReader.Read(path, variables);
            }
            catch (ConfigurationReadException e)
            {
                stderr.WriteLine($"wsrr: {e.Message}");
                return WsrrCommand.Unreadable;
            }
            stacks += read.Count;
            foreach (var note in read.SelectMany(stack => stack.Document.Notes)) stderr.WriteLine($"wsrr: note: {note}");
            findings.AddRange(read.SelectMany(stack => RuleChecks.CheckAll(stack.Configuration).Select(f => new CheckFinding(stack.Name, stack.File, f))));
        }

        var report = format == "sarif" ? SarifReport.Write(findings) : TextReport.Write(findings, stacks);
        if (output is null) stdout.Write(report);
        else
        {
            try
            {
                File.WriteAllText(output, report);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"wsrr: cannot write {output}: {e.Message}");
                return WsrrCommand.Unreadable;
            }
        }
        return findings.Any(f => f.Finding.Rule.Severity == RuleSeverity.Error) ? WsrrCommand.Errors : WsrrCommand.Clean;
    }
}
