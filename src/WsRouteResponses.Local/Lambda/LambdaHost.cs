using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>The Node.js functions of the served stacks, each started on first invocation and kept warm.</summary>
internal sealed class LambdaHost(IReadOnlyDictionary<string, NodeFunction> functions) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<NodeWorker>> _workers = new(StringComparer.Ordinal);

    /// <summary>The function an integration URI refers to (<c>${aws_lambda_function.f.invoke_arn}</c>), or null.</summary>
    public NodeFunction? FunctionOf(IntegrationDefinition integration) => FunctionOf(integration.Uri);

    /// <summary>The function an invoke ARN refers to (an integration's or an authorizer's URI), or null.</summary>
    public NodeFunction? FunctionOf(ModelText? uri) =>
        uri?.Reference is { } reference && reference.EndsWith(".invoke_arn", StringComparison.Ordinal)
            ? functions.GetValueOrDefault(reference[..^".invoke_arn".Length])
            : null;

    /// <summary>Invokes <paramref name="function"/>; the reply is <c>{result}</c> or <c>{error}</c>.</summary>
    public Task<JsonNode> InvokeAsync(NodeFunction function, JsonObject @event, CancellationToken cancellation) =>
        _workers.GetOrAdd(function.Address, _ => new Lazy<NodeWorker>(() => NodeWorker.Start(function))).Value.InvokeAsync(@event, cancellation);

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers.Values.Where(w => w.IsValueCreated)) await worker.Value.DisposeAsync();
    }
}
