using System.CommandLine;

namespace WsRouteResponses.Check;

/// <summary>
/// The <c>wsrr</c> command line: <c>wsrr check &lt;path&gt;... [--format text|sarif] [--output file]</c> and
/// <c>wsrr serve [path] [--port] [--host] [--http prefix=url]</c> (stopped by Ctrl+C or SIGTERM).
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
        check.SetAction(parsed => CheckCommand.Run(parsed.GetValue(paths)!, parsed.GetValue(format)!, parsed.GetValue(output), stdout, stderr));

        var servePath = new Argument<string>("path") { Description = "A cdk.tf.json or a cdktf.out folder.", DefaultValueFactory = _ => "cdktf.out" };
        var port = new Option<int>("--port") { Description = "The port; 0 picks a free one.", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var http = new Option<string[]>("--http") { Description = "Rewrite HTTP integration URIs: <uri-prefix>=<local-url> (repeatable).", AllowMultipleArgumentsPerToken = false };
        var lambda = new Option<string[]>("--lambda") { Description = "Reach a Lambda function over HTTP: <function>=<url> (repeatable; e.g. a Runtime Interface Emulator)." };
        var serve = new Command("serve", "Serve the stack's WebSocket APIs on localhost with API Gateway's behaviour.") { servePath, port, host, http, lambda };
        serve.SetAction((parsed, cancellation) => ServeCommand.RunAsync(parsed.GetValue(servePath)!, parsed.GetValue(host)!, parsed.GetValue(port), parsed.GetValue(http) ?? [], stdout, stderr, cancellation, parsed.GetValue(lambda) ?? []));

        var root = new RootCommand("wsrr: API Gateway WebSocket rules and local runtime for Terraform JSON.") { check, serve };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"wsrr: {error.Message}");
            stderr.WriteLine("usage: wsrr check <path>... [--format text|sarif] [--output <file>]\n       wsrr serve [path] [--port 8080] [--host 127.0.0.1] [--http <uri-prefix>=<local-url>]... [--lambda <function>=<url>]...");
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
