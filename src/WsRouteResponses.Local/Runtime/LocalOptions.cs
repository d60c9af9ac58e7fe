using WsRouteResponses.Model;

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

    /// <summary>
    /// Lambda functions reached over HTTP instead of run by the runtime, by resource name or address
    /// (<c>Handler</c> or <c>aws_lambda_function.Handler</c>) to the URL the event is POSTed to, e.g. a
    /// Lambda Runtime Interface Emulator's <c>http://127.0.0.1:9000/2015-03-31/functions/function/invocations</c>.
    /// Default: none (Node.js and Python functions run; others are not emulated).
    /// </summary>
    public IReadOnlyDictionary<string, string> LambdaUrls { get; init; } = new Dictionary<string, string>();

    /// <summary>How long a connection may stay silent before the server closes it with 1001 (going away). Default: 10 minutes, API Gateway's idle timeout.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a connection may last before the server closes it with 1001. Default: 2 hours, API Gateway's limit.</summary>
    public TimeSpan MaxConnectionDuration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How long a Lambda function's execution environment may stay idle before it is reclaimed (its process
    /// ended; the next call is a cold start). Default: 5 minutes. Lambda keeps idle environments for a while
    /// it does not document; this bounds the local processes.
    /// </summary>
    public TimeSpan LambdaIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Values for the root variables of a Terraform project served from its <c>.tf</c> files (<c>--var</c>, <c>--var-file</c>). Default: none.</summary>
    public TerraformVariables? Variables { get; init; }

    /// <summary>Where the per-message trace goes. Default: nowhere (the <c>serve</c> command writes it to the console).</summary>
    public TextWriter? Trace { get; init; }
}
