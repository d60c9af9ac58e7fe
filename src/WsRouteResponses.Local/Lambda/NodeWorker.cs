using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Local;

/// <summary>
/// One Node.js Lambda function run for real in a <c>node</c> child process, kept warm: each invocation is
/// a JSON line to its stdin and a JSON line back (<c>Lambda/runner.mjs</c>), so concurrent invocations share it.
/// </summary>
internal sealed class NodeWorker : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly string _directory;
    private readonly SemaphoreSlim _write = new(1, 1);
    // Set when the process's output ends, which comes before the OS reports the process exited.
    private volatile bool _ended;

    private NodeWorker(Process process, string directory)
    {
        _process = process;
        _directory = directory;
        _ = Task.Run(ReadAsync);
    }

    /// <summary>Unpacks the function's code and starts <c>node</c> on it with <paramref name="environment"/>.</summary>
    public static NodeWorker Start(NodeFunction function, IReadOnlyDictionary<string, string> environment)
    {
        var directory = Directory.CreateTempSubdirectory("wsrr-lambda-").FullName;
        try
        {
            return Start(function, environment, directory);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    private static NodeWorker Start(NodeFunction function, IReadOnlyDictionary<string, string> environment, string directory)
    {
        ZipFile.ExtractToDirectory(function.Archive, directory);
        var runner = Path.Combine(directory, "__wsrr_runner.mjs");
        Unpack("runner.mjs", runner);
        // The Lambda runtime ships the AWS SDK v3, a local node does not: the one client a WebSocket backend
        // needs gets a stand-in for the local @connections API, unless the function's code has the real one.
        var sdk = Path.Combine(directory, "node_modules", "@aws-sdk", "client-apigatewaymanagementapi");
        if (!Directory.Exists(sdk))
        {
            Directory.CreateDirectory(sdk);
            File.WriteAllText(Path.Combine(sdk, "package.json"), """{"name": "@aws-sdk/client-apigatewaymanagementapi", "main": "index.cjs"}""");
            Unpack("management-client.cjs", Path.Combine(sdk, "index.cjs"));
        }
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        start.ArgumentList.Add(runner);
        start.ArgumentList.Add(directory);
        start.ArgumentList.Add(function.Handler);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; Node.js Lambda functions need node on PATH.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new NodeWorker(process, directory);
    }

    private static void Unpack(string resource, string path)
    {
        using var source = typeof(NodeWorker).Assembly.GetManifestResourceStream($"WsRouteResponses.Local.Lambda.{resource}")!;
        using var target = File.Create(path);
        source.CopyTo(target);
    }

    /// <summary>Invokes the handler with <paramref name="event"/>; the reply is <c>{result}</c> or <c>{error: {errorMessage}}</c>.</summary>
    public async Task<JsonNode> InvokeAsync(JsonObject @event, CancellationToken cancellation)
    {
        var id = Guid.NewGuid().ToString("N");
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        try
        {
            if (_ended) throw new InvalidOperationException("the node process of the function exited");
            await _write.WaitAsync(cancellation);
            try
            {
                await _process.StandardInput.WriteLineAsync(new JsonObject { ["id"] = id, ["event"] = @event }.ToJsonString());
                await _process.StandardInput.FlushAsync(cancellation);
            }
            catch (IOException)
            {
                // Its input pipe broke: the process exited before its output's end was read.
                _ended = true;
                throw new InvalidOperationException("the node process of the function exited");
            }
            finally
            {
                _write.Release();
            }
            using var registration = cancellation.Register(() => reply.TrySetCanceled(cancellation));
            return await reply.Task;
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Whether the node process is gone (the handler exited it, or it crashed): the host then starts a new one.</summary>
    public bool HasExited => _ended || _process.HasExited;

    private async Task ReadAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                JsonNode? message;
                try { message = JsonNode.Parse(line); } catch (System.Text.Json.JsonException) { continue; } // not a reply: ignore it
                if (message is JsonObject reply && reply["id"] is JsonValue value && value.TryGetValue<string>(out var id) && _pending.TryGetValue(id, out var pending))
                    pending.TrySetResult(reply);
            }
        }
        finally
        {
            _ended = true;
            foreach (var pending in _pending.Values) pending.TrySetException(new InvalidOperationException("the node process of the function exited"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2000)) _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // Already gone (its pipe broken).
        }
        finally
        {
            _process.Dispose();
            await Task.Run(() => Directory.Delete(_directory, recursive: true));
        }
    }
}
