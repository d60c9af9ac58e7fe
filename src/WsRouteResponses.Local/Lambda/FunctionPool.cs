using System.Globalization;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Local;

/// <summary>
/// The warm execution environments of one function, as Lambda keeps them: each runs one invocation at a
/// time and is reused by the next; a call that finds none free starts a new one (a cold start, said in the
/// trace). A function with reserved concurrency has at most that many, and a call beyond them is throttled
/// (<see cref="FunctionThrottledException"/>), as Lambda does; one without has at most
/// <see cref="DefaultConcurrency"/>, and further calls wait for a free one. An invocation past the
/// function's timeout fails as Lambda's do, and its environment is ended; one whose process ends by itself
/// (it exited, crashed, or Node.js ended it for an unhandled rejection) is not reused. An environment idle
/// for the pool's idle timeout is reclaimed.
/// </summary>
internal sealed class FunctionPool : IAsyncDisposable
{
    /// <summary>How many execution environments a function without reserved concurrency may have at once.</summary>
    public const int DefaultConcurrency = 10;

    private static readonly TimeSpan s_initLimit = TimeSpan.FromSeconds(10);
    private readonly StackFunction _function;
    private readonly Func<Action<string>, FunctionWorker> _start;
    private readonly TextWriter? _trace;
    private readonly TimeSpan _idleTimeout;
    private readonly int _limit;
    private readonly SemaphoreSlim _free;
    // Idle environments, the most recently used last (it is taken first: the warmest), with when each became idle.
    private readonly List<(FunctionWorker Worker, long IdleSince)> _idle = [];
    private readonly HashSet<FunctionWorker> _all = [];
    private readonly Timer _sweep;
    private bool _disposed;

    /// <summary>The reply to an invocation that comes after the server began to stop: a failed integration, not a new process.</summary>
    public static JsonObject Stopping() => new() { ["error"] = new JsonObject { ["errorMessage"] = "the local server is stopping" } };

    /// <summary>A pool of <paramref name="function"/>'s environments, each started by <paramref name="start"/> with the pool's log.</summary>
    public FunctionPool(StackFunction function, Func<Action<string>, FunctionWorker> start, TimeSpan idleTimeout, TextWriter? trace)
    {
        _function = function;
        _start = start;
        _trace = trace;
        _idleTimeout = idleTimeout;
        _limit = function.ReservedConcurrency ?? DefaultConcurrency;
        _free = new SemaphoreSlim(_limit);
        // Checked a few times per idle timeout, so an environment lives at most a quarter of it longer (within
        // what a timer can wait).
        var every = TimeSpan.FromMilliseconds(Math.Clamp(idleTimeout.TotalMilliseconds / 4, 20, TimeSpan.FromHours(1).TotalMilliseconds));
        _sweep = new Timer(_ => Reclaim(), null, every, every);
    }

    /// <summary>Invokes the function; the reply is <c>{result}</c> or <c>{error}</c>. <paramref name="cancellation"/> stops the wait, not the invocation (as API Gateway's integration timeout does not stop Lambda's).</summary>
    /// <exception cref="FunctionThrottledException">Its reserved concurrency is in use (or 0).</exception>
    public async Task<JsonNode> InvokeAsync(JsonObject @event, CancellationToken cancellation)
    {
        if (Volatile.Read(ref _disposed)) return Stopping();
        if (_function.ReservedConcurrency is { } reserved)
        {
            // Lambda throttles the call beyond its reserved concurrency; it does not queue it.
            if (!_free.Wait(0)) throw new FunctionThrottledException(_function.Address, reserved);
        }
        else await _free.WaitAsync(cancellation);
        return await RunAsync(@event).WaitAsync(cancellation);
    }

    private async Task<JsonNode> RunAsync(JsonObject @event)
    {
        FunctionWorker? worker = null;
        try
        {
            worker = Take();
            if (worker is null) return Stopping();
            // The init phase (loading the module) has its own limit, 10 s, and does not count toward the timeout.
            try { await worker.Ready.WaitAsync(s_initLimit); }
            catch (TimeoutException) { } // a slower init: the invocation's own timeout then ends it
            var requestId = Guid.NewGuid().ToString();
            var timeout = TimeSpan.FromSeconds(_function.TimeoutSeconds);
            JsonObject reply;
            try
            {
                reply = await worker.InvokeAsync(requestId, @event, DateTimeOffset.UtcNow.Add(timeout).ToUnixTimeMilliseconds()).WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                worker.Kill();
                // The line CloudWatch shows, and the error Lambda answers with: its message alone.
                var message = $"{DateTime.UtcNow:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {requestId} Task timed out after {_function.TimeoutSeconds.ToString("0.00", CultureInfo.InvariantCulture)} seconds";
                _trace?.WriteLine($"[{_function.Address}] {message}");
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

    // The warmest idle environment whose process is alive; one that ended while idle is left to Watch,
    // which says so in the trace: this call then starts a new one.
    private FunctionWorker? Take()
    {
        lock (_idle)
        {
            if (_disposed) return null;
            while (_idle.Count > 0)
            {
                var (warm, _) = _idle[^1];
                _idle.RemoveAt(_idle.Count - 1);
                if (!warm.HasExited) return warm;
            }
        }
        var worker = _start(Log);
        int running;
        lock (_idle)
        {
            // Stopped meanwhile: this environment is not the pool's to end, so it is ended here.
            if (_disposed)
            {
                _ = worker.DisposeAsync().AsTask();
                return null;
            }
            _all.Add(worker);
            running = _all.Count;
        }
        _ = WatchAsync(worker);
        _trace?.WriteLine($"[{_function.Address}] cold start: a new execution environment ({running} running, at most {_limit}{(_function.ReservedConcurrency is null ? ", the local default" : ", its reserved concurrency")})");
        return worker;
    }

    private void Return(FunctionWorker worker)
    {
        lock (_idle)
        {
            if (!worker.HasExited && !_disposed)
            {
                _idle.Add((worker, Environment.TickCount64));
                return;
            }
            // A process that ended by itself is WatchAsync's to trace and dispose.
            if (!worker.EndedByHost && !_disposed) return;
            _all.Remove(worker);
        }
        _ = worker.DisposeAsync().AsTask();
    }

    // A process that ends by itself (its handler exited, it crashed, Node.js ended it for an unhandled
    // rejection), busy or idle, is not reused, and the trace says so; one the host ended is not news.
    private async Task WatchAsync(FunctionWorker worker)
    {
        var status = await worker.Exited;
        lock (_idle)
        {
            if (worker.EndedByHost || _disposed) return;
            _idle.RemoveAll(idle => idle.Worker == worker);
            _all.Remove(worker);
        }
        _trace?.WriteLine($"[{_function.Address}] an execution environment ended ({status}); it is not reused");
        await worker.DisposeAsync();
    }

    private void Reclaim()
    {
        List<FunctionWorker> reclaimed;
        lock (_idle)
        {
            if (_disposed) return;
            var before = Environment.TickCount64 - (long)_idleTimeout.TotalMilliseconds;
            reclaimed = [.. _idle.Where(idle => idle.IdleSince <= before).Select(idle => idle.Worker)];
            _idle.RemoveAll(idle => idle.IdleSince <= before);
            foreach (var worker in reclaimed) _all.Remove(worker);
        }
        foreach (var worker in reclaimed)
        {
            _trace?.WriteLine($"[{_function.Address}] reclaimed an execution environment idle for {_idleTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
            _ = worker.DisposeAsync().AsTask();
        }
    }

    // An entry's further lines (the runners write its newlines as \x1f) are indented under its first.
    private void Log(string line) => _trace?.WriteLine($"[{_function.Address}] {line.Replace("\x1f", "\n    ", StringComparison.Ordinal)}");

    /// <summary>Ends its processes and deletes their folders.</summary>
    public async ValueTask DisposeAsync()
    {
        FunctionWorker[] workers;
        lock (_idle)
        {
            if (_disposed) return;
            _disposed = true;
            workers = [.. _all];
            _all.Clear();
            _idle.Clear();
        }
        await _sweep.DisposeAsync();
        // At once: each may wait for its process to exit; a worker's dispose traces its own failures.
        await Task.WhenAll(workers.Select(worker => worker.DisposeAsync().AsTask()));
    }
}
