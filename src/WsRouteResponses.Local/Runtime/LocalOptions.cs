namespace WsRouteResponses.Local;

/// <summary>Settings of a <see cref="LocalWebSocketApi"/>.</summary>
public sealed class LocalOptions
{
    /// <summary>The port to listen on. Default: 0, a free port (the <c>serve</c> command uses 8080).</summary>
    public int Port { get; init; }

    /// <summary>The address to listen on. Default: <c>127.0.0.1</c> (loopback only).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>
    /// Rewrites of HTTP and HTTP_PROXY integration URIs, prefix to local URL, e.g.
    /// <c>["https://chat.example.com"] = "http://127.0.0.1:9000"</c>. Default: none (the URI is called as is).
    /// </summary>
    public IReadOnlyDictionary<string, string> HttpRewrites { get; init; } = new Dictionary<string, string>();

    /// <summary>How long a connection may stay silent before the server closes it with 1001 (going away). Default: 10 minutes, API Gateway's idle timeout.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a connection may last before the server closes it with 1001. Default: 2 hours, API Gateway's limit.</summary>
    public TimeSpan MaxConnectionDuration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Where the per-message trace goes. Default: nowhere (the <c>serve</c> command writes it to the console).</summary>
    public TextWriter? Trace { get; init; }
}
