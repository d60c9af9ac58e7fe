using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// The Lambda functions of the served stacks: Node.js and Python ones run in pools of warm execution
/// environments (<see cref="FunctionPool"/>), started on first invocation, and those reached over HTTP
/// (<see cref="LocalOptions.LambdaUrls"/>). Their logs and cold starts go to <see cref="LocalOptions.Trace"/>;
/// an idle execution environment is reclaimed after <see cref="LocalOptions.LambdaIdleTimeout"/>.
/// </summary>
internal sealed class LambdaHost(IReadOnlyDictionary<string, StackFunction> functions, FunctionEnvironment environment, LocalOptions options, HttpClient http) : IAsyncDisposable
{
    // Lazy: GetOrAdd may run its factory twice, and a pool made in vain would leave its timer running.
    private readonly ConcurrentDictionary<string, Lazy<FunctionPool>> _pools = new(StringComparer.Ordinal);
    private volatile bool _disposed;
    private readonly PythonInterpreter _python = new();

    /// <summary>The function an integration URI refers to (<c>${aws_lambda_function.f.invoke_arn}</c>), or null.</summary>
    public LocalFunction? FunctionOf(IntegrationDefinition integration) => FunctionOf(integration.Uri);

    /// <summary>The function an invoke ARN refers to (an integration's or an authorizer's URI), or null; a URL given for it wins.</summary>
    public LocalFunction? FunctionOf(ModelText? uri)
    {
        if (AddressOf(uri) is not { } address) return null;
        var urls = options.LambdaUrls;
        return urls.TryGetValue(address, out var url) || urls.TryGetValue(NameOf(address), out url) ? new RemoteFunction(address, url)
            : functions.GetValueOrDefault(address);
    }

    /// <summary>The keys of <paramref name="urls"/> that name none of the functions <paramref name="uris"/> invoke (a typo would otherwise fail only at the first message).</summary>
    public static IEnumerable<string> UnusedUrls(IReadOnlyDictionary<string, string> urls, IEnumerable<ModelText?> uris, out IReadOnlyList<string> invoked)
    {
        var addresses = uris.Select(AddressOf).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        invoked = addresses;
        return urls.Keys.Where(key => !addresses.Any(a => a == key || NameOf(a) == key));
    }

    // ${aws_lambda_function.f.invoke_arn} -> aws_lambda_function.f
    private static string? AddressOf(ModelText? uri) =>
        uri?.Reference is { } reference && reference.EndsWith(".invoke_arn", StringComparison.Ordinal) ? reference[..^".invoke_arn".Length] : null;

    private static string NameOf(string address) =>
        address.StartsWith("aws_lambda_function.", StringComparison.Ordinal) ? address["aws_lambda_function.".Length..] : address;

    /// <summary>Invokes <paramref name="function"/>; the reply is <c>{result}</c> or <c>{error}</c>.</summary>
    /// <exception cref="InvalidOperationException">node or python3 could not be started.</exception>
    /// <exception cref="FunctionThrottledException">Its reserved concurrency is in use (or 0).</exception>
    public Task<JsonNode> InvokeAsync(LocalFunction function, JsonObject @event, CancellationToken cancellation) => function switch
    {
        // A message still being handled when the server stops starts no process after it.
        _ when _disposed => Task.FromResult<JsonNode>(FunctionPool.Stopping()),
        StackFunction stack => InvokePoolAsync(stack, @event, cancellation),
        RemoteFunction remote => InvokeRemoteAsync(remote, @event, cancellation),
        _ => throw new InvalidOperationException($"{function.Address} cannot be invoked."),
    };

    private async Task<JsonNode> InvokeRemoteAsync(RemoteFunction function, JsonObject @event, CancellationToken cancellation)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(function.Url, new StringContent(@event.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), cancellation);
        }
        catch (HttpRequestException e)
        {
            // As a function that fails: the client gets "Internal server error", the trace says why.
            return new JsonObject { ["error"] = ErrorBody($"{function.Url} did not answer ({e.Message})") };
        }
        using var _ = response;
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var isJson = TryParse(text, out var body);
        // The Runtime Interface Emulator answers a function error with 200 and no header (its issue 20),
        // a timeout with plain text (issue 21): an error-shaped object or a body that is not JSON is an error.
        var failed = !response.IsSuccessStatusCode || response.Headers.Contains("X-Amz-Function-Error") || !isJson
            || body is JsonObject o && o.ContainsKey("errorMessage") && o.All(p => s_errorKeys.Contains(p.Key));
        if (!failed) return new JsonObject { ["result"] = body };
        return new JsonObject { ["error"] = body as JsonObject ?? ErrorBody(body is JsonValue v && v.TryGetValue<string>(out var message) ? message : text) };
    }

    private static readonly HashSet<string> s_errorKeys = ["errorMessage", "errorType", "stackTrace", "trace", "cause"];

    private static JsonObject ErrorBody(string message) => new() { ["errorMessage"] = message };

    // An empty body is a function that returned nothing.
    private static bool TryParse(string text, out JsonNode? node)
    {
        node = null;
        if (text.Length == 0) return true;
        try { node = JsonNode.Parse(text); return true; }
        catch (System.Text.Json.JsonException) { return false; }
    }

    private async Task<JsonNode> InvokePoolAsync(StackFunction function, JsonObject @event, CancellationToken cancellation)
    {
        var pool = _pools.GetOrAdd(function.Address, _ => new Lazy<FunctionPool>(() =>
            new FunctionPool(function, log => FunctionWorker.Start(function, environment, _python, log), options.LambdaIdleTimeout, options.Trace))).Value;
        if (_disposed)
        {
            // Made or found as the server stopped, perhaps after DisposeAsync listed the pools: ended here (once).
            await pool.DisposeAsync();
            return FunctionPool.Stopping();
        }
        return await pool.InvokeAsync(@event, cancellation);
    }

    /// <summary>Ends its processes and deletes their folders, all at once; later invocations fail as the server is stopping.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await Task.WhenAll(_pools.Values.Select(pool => pool.Value.DisposeAsync().AsTask()));
    }
}
