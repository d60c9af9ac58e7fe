using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// The Lambda functions of the served stacks: Node.js ones started on first invocation and kept warm,
/// and those reached over HTTP (<see cref="LocalOptions.LambdaUrls"/>).
/// </summary>
internal sealed class LambdaHost(IReadOnlyDictionary<string, NodeFunction> functions, IReadOnlyDictionary<string, string> urls, HttpClient http) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, NodeWorker> _workers = new(StringComparer.Ordinal);
    private readonly object _starting = new();

    /// <summary>The function an integration URI refers to (<c>${aws_lambda_function.f.invoke_arn}</c>), or null.</summary>
    public LocalFunction? FunctionOf(IntegrationDefinition integration) => FunctionOf(integration.Uri);

    /// <summary>The function an invoke ARN refers to (an integration's or an authorizer's URI), or null; a URL given for it wins.</summary>
    public LocalFunction? FunctionOf(ModelText? uri)
    {
        if (uri?.Reference is not { } reference || !reference.EndsWith(".invoke_arn", StringComparison.Ordinal)) return null;
        var address = reference[..^".invoke_arn".Length];
        var name = address.StartsWith("aws_lambda_function.", StringComparison.Ordinal) ? address["aws_lambda_function.".Length..] : address;
        return urls.TryGetValue(address, out var url) || urls.TryGetValue(name, out url) ? new RemoteFunction(address, url)
            : functions.GetValueOrDefault(address);
    }

    /// <summary>Invokes <paramref name="function"/>; the reply is <c>{result}</c> or <c>{error}</c>.</summary>
    /// <exception cref="InvalidOperationException">node could not be started, or exited during the invocation.</exception>
    public Task<JsonNode> InvokeAsync(LocalFunction function, JsonObject @event, CancellationToken cancellation) => function switch
    {
        NodeFunction node => Worker(node).InvokeAsync(@event, cancellation),
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
            return new JsonObject { ["error"] = new JsonObject { ["errorMessage"] = $"{function.Url} did not answer ({e.Message})" } };
        }
        using var _ = response;
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var body = text.Length == 0 ? null : ParseOrText(text);
        return response.IsSuccessStatusCode && !response.Headers.Contains("X-Amz-Function-Error")
            ? new JsonObject { ["result"] = body }
            : new JsonObject { ["error"] = body as JsonObject ?? new JsonObject { ["errorMessage"] = text } };
    }

    // A server answering plain text (not JSON) gets that text as the result, as a Lambda returning a string.
    private static JsonNode? ParseOrText(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException) { return JsonValue.Create(text); }
    }

    // Started on first use; a process the handler ended (or that crashed) is replaced on the next one.
    private NodeWorker Worker(NodeFunction function)
    {
        lock (_starting)
        {
            if (_workers.TryGetValue(function.Address, out var worker) && !worker.HasExited) return worker;
            if (worker is not null) _ = worker.DisposeAsync().AsTask();
            return _workers[function.Address] = NodeWorker.Start(function);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers.Values) await worker.DisposeAsync();
    }
}
