using System.CommandLine;
using WsRouteResponses.Model;

namespace WsRouteResponses.Check;

/// <summary>
/// The <c>wsrr</c> command line: <c>wsrr check &lt;path&gt;... [--format text|sarif] [--output file]</c> and
/// <c>wsrr serve [path] [--port] [--host] [--http prefix=url] [--lambda function=url] [--idle-timeout 10m] [--max-connection-age 2h] [--lambda-idle-timeout 5m]</c>
/// (stopped by Ctrl+C or SIGTERM).
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

    /// <summary>How long Ctrl+C or SIGTERM waits for <c>serve</c> to stop.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => RunAsync(args, stdout, stderr).GetAwaiter().GetResult();

    /// <summary>
    /// Runs the command line <paramref name="args"/>; <paramref name="stop"/> ends <c>serve</c> as Ctrl+C or
    /// SIGTERM do (what a test or a host process uses).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken stop = default)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A Terraform project (a folder of *.tf files, or one of them), a cdk.tf.json or *.tf.json file, a cdktf.out folder (every stack of its manifest), a folder of *.tf.json files, or a plan (terraform show -json).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "text (one line per finding) or sarif (SARIF 2.1.0 for code scanning).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var (checkVars, checkVarFiles) = (VarOption(), VarFileOption());
        var check = new Command("check", "Run the WebSocket rules on a Terraform project, Terraform JSON or a plan.") { paths, format, output, checkVars, checkVarFiles };
        check.SetAction(parsed => Variables(parsed, checkVars, checkVarFiles, stderr) is { } variables
            ? CheckCommand.Run(parsed.GetValue(paths)!, parsed.GetValue(format)!, parsed.GetValue(output), stdout, stderr, variables)
            : Unreadable);

        var servePath = new Argument<string>("path") { Description = "A cdktf.out folder, a cdk.tf.json, a Terraform project (a folder of *.tf files) or a plan.", DefaultValueFactory = _ => "cdktf.out" };
        var port = new Option<int>("--port")
        {
            Description = "The port; 0 picks a free one.",
            DefaultValueFactory = _ => 8080,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 65535) return value;
                result.AddError($"--port {text}: expected a port from 0 to 65535 (0 picks a free one).");
                return 0;
            },
        };
        var host = new Option<string>("--host") { Description = "The address to listen on: an IP address of this machine, or localhost.", DefaultValueFactory = _ => "127.0.0.1" };
        // Kestrel listens on every interface for a name it cannot read as an address: a typo must not open the server to the network.
        host.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value != "localhost" && !System.Net.IPAddress.TryParse(value, out _))
                result.AddError($"--host {value}: expected an IP address of this machine or localhost, e.g. 127.0.0.1 (loopback only) or 0.0.0.0 (every interface).");
        });
        var http = new Option<string[]>("--http") { Description = "Rewrite HTTP integration URIs: <uri-prefix>=<local-url> (repeatable).", AllowMultipleArgumentsPerToken = false };
        var lambda = new Option<string[]>("--lambda") { Description = "Reach a Lambda function over HTTP: <function>=<url> (repeatable; e.g. a Runtime Interface Emulator)." };
        var idle = DurationOption("--idle-timeout", "Close a connection silent this long with 1001", TimeSpan.FromMinutes(10), "10m, API Gateway's");
        var age = DurationOption("--max-connection-age", "Close a connection open this long with 1001", TimeSpan.FromHours(2), "2h, API Gateway's");
        var lambdaIdle = DurationOption("--lambda-idle-timeout", "End a Lambda execution environment idle this long (the next call is a cold start)", new Local.LocalOptions().LambdaIdleTimeout, "5m");
        var (serveVars, serveVarFiles) = (VarOption(), VarFileOption());
        var serve = new Command("serve", "Serve the stack's WebSocket APIs on localhost with API Gateway's behaviour.") { servePath, port, host, http, lambda, idle, age, lambdaIdle, serveVars, serveVarFiles };
        serve.SetAction((parsed, cancellation) => Variables(parsed, serveVars, serveVarFiles, stderr) is { } variables
            ? ServeCommand.RunAsync(parsed.GetValue(servePath)!, parsed.GetValue(host)!, parsed.GetValue(port), parsed.GetValue(http) ?? [], stdout, stderr, cancellation,
                parsed.GetValue(lambda) ?? [], new ServeLimits(parsed.GetValue(idle), parsed.GetValue(age), parsed.GetValue(lambdaIdle)), variables)
            : Task.FromResult(Unreadable));

        var root = new RootCommand("wsrr: API Gateway WebSocket rules and local runtime for Terraform JSON.") { check, serve };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"wsrr: {error.Message}");
            stderr.WriteLine("usage: wsrr check <path>... [--format text|sarif] [--output <file>] [--var name=value]... [--var-file <file>]...\n       wsrr serve [path] [--port 8080] [--host 127.0.0.1] [--http <uri-prefix>=<local-url>]... [--lambda <function>=<url>]... [--idle-timeout 10m] [--max-connection-age 2h] [--lambda-idle-timeout 5m] [--var name=value]... [--var-file <file>]...");
            return Unreadable;
        }
        try
        {
            // Ctrl+C and SIGTERM stop serve, which closes each connection with 1001 and runs its $disconnect route;
            // a stop that takes longer than this exits with 130 (SIGINT) or 143 (SIGTERM).
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = StopTimeout };
            return await result.InvokeAsync(invocation, stop);
        }
        catch (Exception e)
        {
            // One line, never a stack trace: what could not be done, and why.
            stderr.WriteLine($"wsrr: {e.Message}");
            return Unreadable;
        }
    }

    // --var and --var-file, as Terraform takes them, for a project's root variables.
    private static Option<string[]> VarOption() => new("--var") { Description = "A root variable of a Terraform project: name=value (repeatable; after tfvars files)." };

    private static Option<string[]> VarFileOption() => new("--var-file") { Description = "A .tfvars file for a Terraform project (repeatable; after terraform.tfvars and *.auto.tfvars)." };

    private static TerraformVariables? Variables(ParseResult parsed, Option<string[]> values, Option<string[]> files, TextWriter stderr)
    {
        try
        {
            return TerraformVariables.Parse(parsed.GetValue(values) ?? [], parsed.GetValue(files) ?? []);
        }
        catch (ConfigurationReadException e)
        {
            stderr.WriteLine($"wsrr: {e.Message}");
            return null;
        }
    }

    // A --name <duration> option (Duration's form) and its default.
    private static Option<TimeSpan> DurationOption(string name, string description, TimeSpan aws, string awsText) => new(name)
    {
        Description = $"{description} ({Duration.Form}). Default: {awsText}.",
        DefaultValueFactory = _ => aws,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (Duration.TryParse(text, out var value)) return value;
            result.AddError($"{name} {text}: expected {Duration.Form}.");
            return aws;
        },
    };
}
