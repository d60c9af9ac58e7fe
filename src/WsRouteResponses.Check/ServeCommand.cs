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
    public static async Task<int> RunAsync(string path, string host, int port, IReadOnlyList<string> httpRewrites, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rewrite in httpRewrites)
        {
            var equals = rewrite.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                stderr.WriteLine($"wsrr: --http {rewrite}: expected <uri-prefix>=<local-url>, e.g. https://chat.example.com=http://127.0.0.1:9000");
                return WsrrCommand.Unreadable;
            }
            rewrites[rewrite[..equals]] = rewrite[(equals + 1)..];
        }
        LocalWebSocketApi local;
        try
        {
            local = await LocalWebSocketApi.StartAsync(path, new LocalOptions { Host = host, Port = port, HttpRewrites = rewrites, Trace = TextWriter.Synchronized(stdout) });
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
                stdout.WriteLine("Stopped.");
            }
        }
        return WsrrCommand.Clean;
    }
}
