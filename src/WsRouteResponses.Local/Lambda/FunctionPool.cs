using System.Globalization;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Local;

/// <summary>
/// The warm execution environments of one function, as Lambda keeps them: each runs one invocation at a
/// time and is reused by the next; a call that finds none free starts a new one (a cold start, said in the
/// trace), up to the function's reserved concurrency, or <see cref="DefaultConcurrency"/> when it has none
/// (further calls wait for a free one). An invocation past the function's timeout fails as Lambda's do, and
/// its environment is ended and replaced.
/// </summary>
internal sealed class FunctionPool(StackFunction function, Func<Action<string>, FunctionWorker> start, TextWriter? trace) : IAsyncDisposable
{
    /// <summary>How many execution environments a function without reserved concurrency may have at once.</summary>
    public const int DefaultConcurrency = 10;

    private static readonly TimeSpan s_initLimit = TimeSpan.FromSeconds(10);
    private readonly int _limit = function.ReservedConcurrency ?? DefaultConcurrency;
    private readonly SemaphoreSlim _free = new(Math.Max(function.ReservedConcurrency ?? DefaultConcurrency, 1));
    private readonly Stack<FunctionWorker> _idle = new();
    private readonly HashSet<FunctionWorker> _all = [];

    /// <summary>Invokes the function; the reply is <c>{result}</c> or <c>{error}</c>. <paramref name="cancellation"/> stops the wait, not the invocation (as API Gateway's integration timeout does not stop Lambda's).</summary>
    public async Task<JsonNode> InvokeAsync(JsonObject @event, CancellationToken cancellation)
    {
        if (_limit == 0)
        {
            // Reserved concurrency 0 throttles every invocation.
            trace?.WriteLine($"[{function.Address}] throttled: its reserved concurrency is 0");
            return new JsonObject { ["error"] = new JsonObject { ["errorType"] = "TooManyRequestsException", ["errorMessage"] = "Rate Exceeded." } };
        }
        await _free.WaitAsync(cancellation);
        return await RunAsync(@event).WaitAsync(cancellation);
    }

    private async Task<JsonNode> RunAsync(JsonObject @event)
    {
        FunctionWorker? worker = null;
        try
        {
            worker = Take();
            // The init phase (loading the module) has its own limit, 10 s, and does not count toward the timeout.
            try { await worker.Ready.WaitAsync(s_initLimit); }
            catch (TimeoutException) { } // a slower init: the invocation's own timeout then ends it
            var requestId = Guid.NewGuid().ToString();
            var timeout = TimeSpan.FromSeconds(function.TimeoutSeconds);
            JsonObject reply;
            try
            {
                reply = await worker.InvokeAsync(requestId, @event, DateTimeOffset.UtcNow.Add(timeout).ToUnixTimeMilliseconds()).WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                worker.Kill();
                // The line CloudWatch shows, and the error Lambda answers with: its message alone.
                var message = $"{DateTime.UtcNow:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {requestId} Task timed out after {function.TimeoutSeconds.ToString("0.00", CultureInfo.InvariantCulture)} seconds";
                trace?.WriteLine($"[{function.Address}] {message}");
                return new JsonObject { ["error"] = new JsonObject { ["errorMessage"] = message } };
            }
            reply.Remove("id");
            return reply;
        }
        finally
        {
            if (worker is not null) Return(worker);
            _free.Release();
        }
    }

    private FunctionWorker Take()
    {
        lock (_idle)
        {
            if (_idle.TryPop(out var warm)) return warm;
        }
        var worker = start(Log);
        int running;
        lock (_idle)
        {
            _all.Add(worker);
            running = _all.Count;
        }
        trace?.WriteLine($"[{function.Address}] cold start: a new execution environment ({running} running, at most {_limit}{(function.ReservedConcurrency is null ? ", the local default" : ", its reserved concurrency")})");
        return worker;
    }

    // A process that ended (a timeout ended it, the handler exited, it crashed) is not reused.
    private void Return(FunctionWorker worker)
    {
        lock (_idle)
        {
            if (!worker.HasExited)
            {
                _idle.Push(worker);
                return;
            }
            _all.Remove(worker);
        }
        _ = worker.DisposeAsync().AsTask();
    }

    // An entry's further lines (the runners write its newlines as \x1f) are indented under its first.
    private void Log(string line) => trace?.WriteLine($"[{function.Address}] {line.Replace("\x1f", "\n    ", StringComparison.Ordinal)}");

    /// <summary>Ends its processes and deletes their folders.</summary>
    public async ValueTask DisposeAsync()
    {
        FunctionWorker[] workers;
        lock (_idle) workers = [.. _all];
        foreach (var worker in workers) await worker.DisposeAsync();
    }
}
