using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// <c>wsrr serve</c> run as a process, as a user runs it: each option doing what it says, a bad value of each
/// refused with a message that names it, and SIGTERM closing connected clients with 1001 and exiting 0.
/// </summary>
public sealed class ServeProcessTests : IDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);
    private readonly string _folder = Directory.CreateTempSubdirectory("wsrr-serve-process-").FullName;

    // ping: MOCK; send: HTTP to a host that exists only through --http; $default: a java21 Lambda function, which
    // runs only through --lambda.
    private string Stack()
    {
        var file = Path.Combine(_folder, "main.tf.json");
        var api = new ApiJson().RemoteFunction("Remote")
            .Mock("ping").Response("ping", "$default", """{"action": "pong"}""")
            .Integration("send", new() { ["integration_type"] = "HTTP_PROXY", ["integration_method"] = "POST", ["integration_uri"] = "https://backend.example.com/messages" })
            .Integration("remote", new() { ["integration_type"] = "AWS_PROXY", ["integration_method"] = "POST", ["integration_uri"] = "${aws_lambda_function.Remote.invoke_arn}" })
            .TwoWayRoute("ping", "ping", "ping")
            .TwoWayRoute("send", "send", "send")
            .TwoWayRoute("remote", "$default", "remote");
        File.WriteAllText(file, api.ToJson());
        return file;
    }

    [Fact]
    public async Task Serve_follows_its_options_and_on_SIGTERM_closes_a_connected_client_with_1001_and_exits_0()
    {
        await using var backend = await TestBackend.StartAsync();
        backend.Answer = (path, body) => path == "/invocations"
            ? (200, """{"statusCode": 200, "body": "remote says hi"}""", TimeSpan.Zero)
            : (200, "backend got " + body, TimeSpan.Zero);
        // Port 0: wsrr binds a free port itself and prints it (a port picked here could be taken before wsrr binds it).
        using var wsrr = WsrrProcess.Start("serve", Stack(), "--port", "0", "--host", "127.0.0.1",
            "--http", $"https://backend.example.com={backend.Url}", "--lambda", $"Remote={backend.Url}/invocations", "--idle-timeout", "1h");

        var url = await wsrr.UrlAsync("dev");
        Assert.Matches(@"^ws://127\.0\.0\.1:[1-9]\d*/dev$", url.ToString());
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, CancellationToken.None);
        await using var client = new LocalClient(socket);
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
        await client.SendAsync("""{"action": "send", "text": "hi"}""");
        Assert.Equal("""backend got {"action": "send", "text": "hi"}""", await client.ReceiveAsync(s_wait));
        await client.SendAsync("hello");
        Assert.Equal("remote says hi", await client.ReceiveAsync(s_wait));

        // RFC 6455 section 7.4.1: 1001 means an endpoint is "going away", "such as a server going down" (what
        // the runtime also sends for API Gateway's idle and duration limits). Stopping is local only.
        wsrr.Terminate();
        Assert.Null(await client.ReceiveAsync(s_wait));
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
        Assert.Equal(0, await wsrr.ExitCodeAsync());
        Assert.Matches(@"\[dev\] \S+ the server is stopping: closed with 1001\n\[dev\] \S+ disconnected\nStopped\.\n$", wsrr.Stdout);
        Assert.Equal("", wsrr.Stderr);
    }

    [Theory]
    [InlineData("--port abc", "wsrr: --port abc: expected a port from 0 to 65535 (0 picks a free one).")]
    [InlineData("--port 70000", "wsrr: --port 70000: expected a port from 0 to 65535 (0 picks a free one).")]
    [InlineData("--host nosuch.invalid", "wsrr: --host nosuch.invalid: expected an IP address of this machine or localhost, e.g. 127.0.0.1 (loopback only) or 0.0.0.0 (every interface).")]
    [InlineData("--host localhost --port 0", "wsrr: --host localhost --port 0: a free port is picked on an IP address only; use --host 127.0.0.1 (or ::1), or give a port.")]
    [InlineData("--http backend.example.com", "wsrr: --http backend.example.com: expected <uri-prefix>=<local-url>, e.g. https://chat.example.com=http://127.0.0.1:9000")]
    [InlineData("--http https://backend.example.com=127.0.0.1:9000", "wsrr: --http https://backend.example.com=127.0.0.1:9000: the local URL must be absolute http or https, e.g. https://chat.example.com=http://127.0.0.1:9000")]
    [InlineData("--lambda Remote", "wsrr: --lambda Remote: expected <function>=<url>, e.g. Handler=http://127.0.0.1:9001/2015-03-31/functions/function/invocations")]
    [InlineData("--lambda Remot=http://127.0.0.1:9000/", "wsrr: cannot serve {stack}:\n--lambda Remot: no integration or authorizer invokes a function with that resource name or address; the stack invokes aws_lambda_function.Remote.")]
    [InlineData("--idle-timeout soon", "wsrr: --idle-timeout soon: expected a whole number and ms, s, m or h, e.g. 90s, 10m, 2h, at most 24 days (576h).")]
    public async Task A_bad_value_of_an_option_is_refused_with_exit_code_2_naming_it(string options, string message)
    {
        var stack = Stack();
        using var wsrr = WsrrProcess.Start(["serve", stack, .. options.Split(' ')]);
        Assert.Equal(2, await wsrr.ExitCodeAsync());
        Assert.StartsWith(message.Replace("{stack}", stack, StringComparison.Ordinal) + "\n", wsrr.Stderr);
        Assert.DoesNotContain("Serving", wsrr.Stdout);
    }

    [Fact]
    public async Task A_port_in_use_is_refused_with_exit_code_2_naming_it()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var wsrr = WsrrProcess.Start("serve", Stack(), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, await wsrr.ExitCodeAsync());
        Assert.Equal($"wsrr: cannot listen on 127.0.0.1:{port}: Failed to bind to address http://127.0.0.1:{port}: address already in use. Choose another --port (0 picks a free one) or --host.\n", wsrr.Stderr);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
