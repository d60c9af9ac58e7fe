using WsRouteResponses.Local;
using WsRouteResponses.Model;

namespace WsRouteResponses.Check;

/// <summary>
/// <c>wsrr serve [path]</c>: serves the stack's WebSocket APIs on loopback with <see cref="LocalWebSocketApi"/>,
/// prints each stage's URL and routes, then a trace line per message, until stopped (Ctrl+C, SIGTERM).
/// </summary>
public static class ServeCommand
{
    /// <summary>Serves <paramref name="path"/>; returns the exit code (2 when the stack cannot be served).</summary>
    /// <param name="path">A <c>cdk.tf.json</c> or <c>cdktf.out</c> folder.</param>
    /// <param name="host">The address to listen on.</param>
    /// <param name="port">The port; 0 picks a free one.</param>
    /// <param name="httpRewrites"><c>--http</c> values, <c>&lt;uri-prefix&gt;=&lt;local-url&gt;</c>.</param>
    /// <param name="stdout">Where the stage URLs and the trace go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="stop">Stops serving.</param>
    /// <param name="lambdaUrls"><c>--lambda</c> values, <c>&lt;function&gt;=&lt;url&gt;</c>.</param>
    /// <param name="variables">Values for a Terraform project's root variables (<c>--var</c>, <c>--var-file</c>). Default: none.</param>
    /// <param name="limits">How long a connection may stay silent, and open (default: API Gateway's, 10 minutes and 2 hours), and a Lambda execution environment idle (default: 5 minutes).</param>
    public static async Task<int> RunAsync(string path, string host, int port, IReadOnlyList<string> httpRewrites, TextWriter stdout, TextWriter stderr, CancellationToken stop,
        IReadOnlyList<string>? lambdaUrls = null, ServeLimits? limits = null, TerraformVariables? variables = null)
    {
        var defaults = new LocalOptions();
        limits ??= new ServeLimits(defaults.IdleTimeout, defaults.MaxConnectionDuration);
        if (host == "localhost" && port == 0)
        {
            stderr.WriteLine("wsrr: --host localhost --port 0: a free port is picked on an IP address only; use --host 127.0.0.1 (or ::1), or give a port.");
            return WsrrCommand.Unreadable;
        }
        if (Pairs("--http", httpRewrites, "<uri-prefix>=<local-url>", "https://chat.example.com=http://127.0.0.1:9000", stderr) is not { } rewrites
            || Pairs("--lambda", lambdaUrls ?? [], "<function>=<url>", "Handler=http://127.0.0.1:9001/2015-03-31/functions/function/invocations", stderr) is not { } lambdas)
            return WsrrCommand.Unreadable;
        if (rewrites.FirstOrDefault(r => !Uri.TryCreate(r.Value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")) is { Key: not null } bad)
        {
            stderr.WriteLine($"wsrr: --http {bad.Key}={bad.Value}: the local URL must be absolute http or https, e.g. https://chat.example.com=http://127.0.0.1:9000");
            return WsrrCommand.Unreadable;
        }
        LocalWebSocketApi local;
        try
        {
            // Exactly the path given: the parent-folder lookup is for tests, whose working folder is under bin/.
            local = await LocalWebSocketApi.StartAsync(Path.GetFullPath(path), new LocalOptions
            {
                Host = host, Port = port, HttpRewrites = rewrites, LambdaUrls = lambdas, Trace = TextWriter.Synchronized(stdout),
                IdleTimeout = limits.IdleTimeout, MaxConnectionDuration = limits.MaxConnectionAge,
                LambdaIdleTimeout = limits.LambdaIdleTimeout ?? defaults.LambdaIdleTimeout, Variables = variables,
            });
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException || (e is IOException && e.InnerException is not null && e.Message.StartsWith("Failed to bind", StringComparison.Ordinal)))
        {
            // Kestrel's: the port is taken, or the address is not this machine's.
            stderr.WriteLine($"wsrr: cannot listen on {host}:{port}: {e.Message.TrimEnd('.')}. Choose another --port (0 picks a free one) or --host.");
            return WsrrCommand.Unreadable;
        }
        catch (Exception e) when (e is ConfigurationReadException or InvalidOperationException or IOException)
        {
            stderr.WriteLine($"wsrr: cannot serve {path}:");
            stderr.WriteLine(e.Message);
            return WsrrCommand.Unreadable;
        }
        await using (local)
        {
            foreach (var (stage, routes) in local.Stages)
                stdout.WriteLine($"{local.Url(stage)}  routes: {string.Join(", ", routes)}");
            stdout.WriteLine("Serving; Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                // Stopping: disposing the server closes each connection (1001) and runs its $disconnect route.
            }
        }
        stdout.WriteLine("Stopped.");
        return WsrrCommand.Clean;
    }

    // <name>=<value> options into a map; null (after a clear message) when one is malformed.
    private static Dictionary<string, string>? Pairs(string option, IReadOnlyList<string> values, string form, string example, TextWriter stderr)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                stderr.WriteLine($"wsrr: {option} {value}: expected {form}, e.g. {example}");
                return null;
            }
            pairs[value[..equals]] = value[(equals + 1)..];
        }
        return pairs;
    }
}
