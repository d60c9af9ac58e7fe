using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Local;

/// <summary>
/// One execution environment of a function: a <c>node</c> or <c>python3</c> child process running its
/// handler (<c>Lambda/runner.mjs</c>, <c>Lambda/runner.py</c>), kept warm, one invocation at a time. An
/// invocation is a JSON line to its stdin; its output lines are the handler's logs, then the reply (a line
/// that starts with <c>\x1e</c>, as is the one that says the module is loaded); stderr lines are logs too.
/// </summary>
internal sealed class FunctionWorker : IAsyncDisposable
{
    private const char ReplyMark = '\x1e';
    private readonly Process _process;
    private readonly string _directory;
    private readonly Action<string> _log;
    private TaskCompletionSource<JsonObject>? _pending;
    private string? _pendingId;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Set when the process's output ends, which comes before the OS reports the process exited.
    private volatile bool _ended;
    private volatile bool _killed;
    // Set when the runner says it is about to exit (an unhandled promise rejection), before its output ends.
    private volatile bool _exiting;
    private int _disposed;

    private FunctionWorker(Process process, string directory, Action<string> log)
    {
        _process = process;
        _directory = directory;
        _log = log;
        _ = Task.Run(ReadAsync);
    }

    /// <summary>Lays out a new execution environment of <paramref name="function"/> and starts its process; its log lines go to <paramref name="log"/>.</summary>
    /// <exception cref="InvalidOperationException">node or python3 could not be started.</exception>
    public static FunctionWorker Start(StackFunction function, FunctionEnvironment environment, PythonInterpreter python, Action<string> log)
    {
        var directory = Directory.CreateTempSubdirectory("wsrr-lambda-").FullName;
        try
        {
            var start = ExecutionEnvironment.Prepare(function, directory, environment, python);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception)
            {
                throw new InvalidOperationException(function.IsPython
                    ? $"{start.FileName} could not be started; Python Lambda functions need python3 on PATH."
                    : "node could not be started; Node.js Lambda functions need node on PATH.");
            }
            process.ErrorDataReceived += (_, line) => { if (line.Data is { } data) log(data); };
            process.BeginErrorReadLine();
            return new FunctionWorker(process, directory, log);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Completes when the handler's module is loaded (Lambda's init phase, which the function's timeout does not count), or the process ended.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Whether the process is gone or going (the handler exited it, it crashed, the runtime ends it, or the host did).</summary>
    public bool HasExited => _ended || _killed || _exiting || _disposed != 0 || _process.HasExited;

    /// <summary>Whether the host ended the process (a timeout, a reclaim, the server's end) rather than the process itself.</summary>
    public bool EndedByHost => _killed || _disposed != 0;

    /// <summary>Completes, with its exit status as Lambda words it (<c>exit status 128</c>), when the process's output ends.</summary>
    public Task<string> Exited => _exit.Task;

    /// <summary>
    /// Invokes the handler with <paramref name="event"/>; the reply is <c>{id, result}</c> or <c>{id, error}</c>,
    /// a process that ends meanwhile an error as Lambda reports it (<c>Runtime.ExitError</c>).
    /// </summary>
    public async Task<JsonObject> InvokeAsync(string requestId, JsonObject @event, long deadlineUnixMs)
    {
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingId = requestId;
        // A full fence between publishing the pending reply and reading _ended (ReadAsync's end does the
        // opposite): without it both could read the other's old value and the invocation would never end.
        Interlocked.Exchange(ref _pending, reply);
        try
        {
            if (_ended) return ExitError(requestId);
            await _process.StandardInput.WriteLineAsync(new JsonObject { ["id"] = requestId, ["deadline"] = deadlineUnixMs, ["event"] = @event }.ToJsonString());
            await _process.StandardInput.FlushAsync();
        }
        catch (IOException)
        {
            // Its input pipe broke: the process exited before its output's end was read.
            _ended = true;
            return ExitError(requestId);
        }
        var answer = await reply.Task;
        return answer.Count == 0 ? ExitError(requestId) : answer;
    }

    private JsonObject ExitError(string requestId)
    {
        var status = Status();
        return new JsonObject
        {
            ["id"] = requestId,
            ["error"] = new JsonObject { ["errorType"] = "Runtime.ExitError", ["errorMessage"] = $"RequestId: {requestId} Error: Runtime exited with error: {status}" },
        };
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Length == 0) continue; // the line end the runner writes before each reply
                // A handler's output without a line end (process.stdout.write) comes before the mark on its line.
                var mark = line.LastIndexOf(ReplyMark);
                if (mark > 0) _log(line[..mark]);
                if (mark < 0 || !Accept(line[(mark + 1)..])) _log(Printable(line[Math.Max(mark, 0)..]));
            }
        }
        finally
        {
            _ended = true;
            Interlocked.MemoryBarrier(); // see InvokeAsync
            _ready.TrySetResult();
            Volatile.Read(ref _pending)?.TrySetResult([]);
            _exit.TrySetResult(Status());
        }
    }

    private string Status()
    {
        try
        {
            return _process.WaitForExit(1000) ? $"exit status {_process.ExitCode}" : "the runtime closed its output";
        }
        catch (InvalidOperationException)
        {
            return "ended"; // disposed meanwhile
        }
    }

    // A reply is the runner's: "ready", or the answer to the pending invocation by its request id (a handler
    // printing the mark and a JSON object of its own is its output, not an answer).
    private bool Accept(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is not JsonObject reply) return false;
            if (reply.ContainsKey("ready")) return _ready.TrySetResult();
            if (reply.ContainsKey("exiting")) return _exiting = true;
            return _pendingId is not null && (string?)reply["id"] == _pendingId && _pending!.TrySetResult(reply);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string Printable(string line) => line.Replace(ReplyMark.ToString(), "\\u001e", StringComparison.Ordinal);

    /// <summary>Ends the process now (a timed-out invocation: Lambda recycles its execution environment).</summary>
    public void Kill()
    {
        _killed = true;
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already gone
    }

    private async Task<bool> ExitsWithinAsync(TimeSpan limit)
    {
        using var grace = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(grace.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Ends the process (closing its input, on which the runner exits; killing it if it has not within 2 s) and
    /// deletes its folder; once (the pool and the server's end may both ask). Never throws: what fails is traced.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            _process.StandardInput.Close();
            if (!await ExitsWithinAsync(TimeSpan.FromSeconds(2)))
            {
                _process.Kill(entireProcessTree: true);
                await ExitsWithinAsync(TimeSpan.FromSeconds(2));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or Win32Exception)
        {
            // Already gone (its pipe broken), or it could not be killed: its folder is still deleted.
        }
        finally
        {
            _process.Dispose();
            try { await Task.Run(() => Directory.Delete(_directory, recursive: true)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _log($"its folder {_directory} could not be deleted: {e.Message}");
            }
        }
    }
}
