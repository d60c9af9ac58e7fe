using System.Text.Json.Nodes;
using WsRouteResponses.Local;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// A message still being handled when the server stops reaches a stopped Lambda host or pool: it fails as an
/// integration does, and no execution environment (no node process) is started after the server's end.
/// </summary>
public sealed class LambdaShutdownTests : IDisposable
{
    private const string Stopping = """{"error":{"errorMessage":"the local server is stopping"}}""";
    private static readonly WebSocketConfiguration s_configuration = TerraformJsonReader.FromJson("""
        {"resource": {"aws_apigatewayv2_api": {"chat": {"name": "chat", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}}}}
        """);

    private readonly string _code = Directory.CreateTempSubdirectory("wsrr-shutdown-").FullName;
    private readonly StackFunction _function;
    private readonly FunctionEnvironment _environment = new(s_configuration, () => new Uri("ws://127.0.0.1:1/"));
    private readonly StringWriter _trace = new();

    /// <summary>A Node.js function that answers "ok".</summary>
    public LambdaShutdownTests()
    {
        File.WriteAllText(Path.Combine(_code, "index.mjs"), "export const handler = async () => ({ statusCode: 200, body: 'ok' });");
        _function = new StackFunction("aws_lambda_function.f", "f", "nodejs20.x", "index.handler", _code, new Dictionary<string, string>());
    }

    [Fact]
    public async Task A_stopped_pool_refuses_an_invocation_without_starting_a_process()
    {
        var starts = 0;
        var pool = new FunctionPool(_function, log => { starts++; return FunctionWorker.Start(_function, _environment, new PythonInterpreter(), log); }, TimeSpan.FromMinutes(1), _trace);
        Assert.Equal("""{"result":{"statusCode":200,"body":"ok"}}""", (await pool.InvokeAsync(new JsonObject(), CancellationToken.None)).ToJsonString());
        await pool.DisposeAsync();
        Assert.Equal(Stopping, (await pool.InvokeAsync(new JsonObject(), CancellationToken.None)).ToJsonString());
        Assert.Equal(1, starts);
    }

    [Fact]
    public async Task A_stopped_host_refuses_an_invocation_without_making_a_pool()
    {
        using var http = new HttpClient();
        var host = new LambdaHost(new Dictionary<string, StackFunction> { [_function.Address] = _function }, _environment, new LocalOptions { Trace = _trace }, http);
        await host.DisposeAsync();
        Assert.Equal(Stopping, (await host.InvokeAsync(_function, new JsonObject(), CancellationToken.None)).ToJsonString());
        Assert.Equal("", _trace.ToString());
    }

    /// <summary>Deletes the function's code.</summary>
    public void Dispose() => Directory.Delete(_code, recursive: true);
}
