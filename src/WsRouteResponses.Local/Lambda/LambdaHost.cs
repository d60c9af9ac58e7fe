using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>The Node.js functions of the served stacks, each started on first invocation and kept warm.</summary>
internal sealed class LambdaHost(IReadOnlyDictionary<string, NodeFunction> functions) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, NodeWorker> _workers = new(StringComparer.Ordinal);
    private readonly object _starting = new();

    /// <summary>The function an integration URI refers to (<c>${aws_lambda_function.f.invoke_arn}</c>), or null.</summary>
    public NodeFunction? FunctionOf(IntegrationDefinition integration) => FunctionOf(integration.Uri);

    /// <summary>The function an invoke ARN refers to (an integration's or an authorizer's URI), or null.</summary>
    public NodeFunction? FunctionOf(ModelText? uri) =>
        uri?.Reference is { } reference && reference.EndsWith(".invoke_arn", StringComparison.Ordinal)
            ? functions.GetValueOrDefault(reference[..^".invoke_arn".Length])
            : null;

    /// <summary>Invokes <paramref name="function"/>; the reply is <c>{result}</c> or <c>{error}</c>.</summary>
    /// <exception cref="InvalidOperationException">node could not be started, or exited during the invocation.</exception>
    public Task<JsonNode> InvokeAsync(NodeFunction function, JsonObject @event, CancellationToken cancellation) =>
        Worker(function).InvokeAsync(@event, cancellation);

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
