using System.CommandLine;

namespace WsRouteResponses.Check;

/// <summary>
/// The <c>wsrr</c> command line: <c>wsrr check &lt;path&gt;... [--format text|sarif] [--output file]</c>.
/// Exit codes: 0 no errors (warnings allowed), 1 an error was found, 2 the input or the command line could not be read.
/// </summary>
public static class WsrrCommand
{
    /// <summary>No error finding.</summary>
    public const int Clean = 0;

    /// <summary>At least one error finding.</summary>
    public const int Errors = 1;

    /// <summary>Unreadable input or a bad command line.</summary>
    public const int Unreadable = 2;

    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A cdk.tf.json or *.tf.json file, a cdktf.out folder (every stack of its manifest), or a folder of *.tf.json files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "text (one line per finding) or sarif (SARIF 2.1.0 for code scanning).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var check = new Command("check", "Run the WebSocket rules on Terraform JSON.") { paths, format, output };
        var root = new RootCommand("wsrr: API Gateway WebSocket rules for Terraform JSON.") { check };
        check.SetAction(parsed => CheckCommand.Run(parsed.GetValue(paths)!, parsed.GetValue(format)!, parsed.GetValue(output), stdout, stderr));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"wsrr: {error.Message}");
            stderr.WriteLine("usage: wsrr check <path>... [--format text|sarif] [--output <file>]");
            return Unreadable;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // One line, never a stack trace: what could not be done, and why.
            stderr.WriteLine($"wsrr: {e.Message}");
            return Unreadable;
        }
    }
}
