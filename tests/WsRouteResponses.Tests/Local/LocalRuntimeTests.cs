using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using WsRouteResponses.Local;
using WsRouteResponses.Model;
using WsRouteResponses.Tests.Scenarios;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// The example app and scenarios served on loopback, a real <see cref="ClientWebSocket"/> talking to them,
/// a real local HTTP server behind the HTTP integrations: the exact frames a client receives.
/// </summary>
public sealed class LocalRuntimeTests : IClassFixture<ServedExample>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);
    // What the example's $default handler pushes through the @connections API before its answer.
    private const string ExampleNotice = """{"notice":"received"}""";

    // A stage "dev" whose only route is $connect, to an integration with these attributes.
    private static WebSocketConfiguration ConnectRouteOnly(string integrationAttributes) => TerraformJsonReader.FromJson($$$"""
        {"resource": {
          "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
          "aws_apigatewayv2_integration": {"connect": {"api_id": "${aws_apigatewayv2_api.a.id}", {{{integrationAttributes}}}}},
          "aws_apigatewayv2_route": {"connect": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$connect", "target": "integrations/${aws_apigatewayv2_integration.connect.id}"}},
          "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
        }}
        """);
    private readonly TestBackend _backend;
    private readonly LocalWebSocketApi _local;
    private readonly StringWriter _trace;

    // The served example is shared by the tests of this class (they run one after another); the backend starts each test afresh.
    public LocalRuntimeTests(ServedExample example)
    {
        (_backend, _local, _trace) = (example.Backend, example.Local, example.Trace);
        _backend.Answer = (_, _) => (200, "{}", TimeSpan.Zero);
        _backend.Received.Clear();
    }

    [Fact]
    public async Task Ping_is_answered_pong_by_the_mock_route()
    {
        await using var client = await _local.ConnectAsync("prod");
        await client.SendAsync("""{"action": "ping"}""");
        var frame = await client.ReceiveAsync(s_wait);
        Assert.True(frame == """{"action": "pong"}""", $"{frame}\n{_trace}");
        Assert.Contains("route ping -> MOCK mock 200; integration response $default, template $default", _trace.ToString());
    }

    [Theory]
    [InlineData(200, """{"id": 7}""", """{"status": "sent", "message": 7}""")]
    [InlineData(201, """{"id": 7}""", """{"status": "accepted"}""")]
    [InlineData(404, """{"error": "no such room"}""", """{"status": "rejected", "message": "no such room"}""")]
    [InlineData(500, "oops", """{"status": "error"}""")]
    public async Task Sendmessage_answers_per_status_class_of_the_real_backend(int status, string backendBody, string frame)
    {
        _backend.Answer = (_, _) => (status, backendBody, TimeSpan.Zero);
        await using var client = await _local.ConnectAsync("prod");
        await client.SendAsync("""{"action": "sendmessage", "text": "hi"}""");
        Assert.Equal(frame, await client.ReceiveAsync(s_wait));
        var request = _backend.Received.Single(r => r.Path == "/messages");
        Assert.Equal("POST", request.Method);
        Assert.Matches("""^\{"connectionId": "[A-Za-z0-9_=-]+", "text": "hi"\}$""", request.Body);
    }

    // "Set up a WebSocket API integration response in API Gateway"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html):
    // "If a route is configured for one-way communication, then regardless of any integration response
    // configuration, no response will be returned over the WebSocket channel after the message is processed."
    [Fact]
    public async Task A_one_way_route_calls_its_backend_and_sends_nothing()
    {
        // The backend answers with a body, which a one-way route must not pass on.
        _backend.Answer = (_, _) => (200, """{"typed": true}""", TimeSpan.Zero);
        int OneWayLines() => Regex.Count(_trace.ToString(), "route typing -> HTTP_PROXY POST " + Regex.Escape(_backend.Url) + "/typing 200; one-way: nothing sent");
        var before = OneWayLines();
        await using var client = await _local.ConnectAsync("prod");
        await client.SendAsync("""{"action": "typing", "who": "ann"}""");
        // The trace line is written once the answer is decided, before a frame would be sent; then nothing
        // comes within a second, and the connection is still open.
        var waited = 0;
        while (OneWayLines() == before && waited++ < 200) await Task.Delay(50);
        Assert.Equal(before + 1, OneWayLines());
        Assert.Null(await client.ReceiveAsync(TimeSpan.FromSeconds(1)));
        Assert.Null(client.CloseStatus);
        Assert.Equal("""{"action": "typing", "who": "ann"}""", _backend.Received.Single(r => r.Path == "/typing").Body);
    }

    [Fact]
    public async Task A_slow_integration_does_not_hold_up_the_next_messages_answer()
    {
        _backend.Answer = (_, _) => (200, """{"id": 1}""", TimeSpan.FromSeconds(1));
        await using var client = await _local.ConnectAsync("prod");
        await client.SendAsync("""{"action": "sendmessage", "text": "slow"}""");
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
        Assert.Equal("""{"status": "sent", "message": 1}""", await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task A_timeout_of_the_backend_is_the_endpoint_request_timed_out_frame()
    {
        var config = TerraformJsonReader.FromJson($$$"""
            {"resource": {
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_integration": {"slow": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "HTTP_PROXY", "integration_method": "POST", "integration_uri": "{{{_backend.Url}}}/slow", "timeout_milliseconds": 200}},
              "aws_apigatewayv2_route": {"slow": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "slow", "target": "integrations/${aws_apigatewayv2_integration.slow.id}", "route_response_selection_expression": "$default"}},
              "aws_apigatewayv2_route_response": {"slow": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.slow.id}", "route_response_key": "$default"}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """);
        _backend.Answer = (_, _) => (200, "late", TimeSpan.FromSeconds(5));
        await using var local = await LocalWebSocketApi.StartAsync(config);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"action": "slow"}""");
        Assert.Matches("""^\{"message": "Endpoint request timed out", "connectionId":"[A-Za-z0-9_=-]+", "requestId":"[A-Za-z0-9_=-]+"\}$""", await client.ReceiveAsync(s_wait));
    }

    [Theory]
    [InlineData("""{"action": "unknown"}""")]
    [InlineData("not json at all")]
    public async Task No_matching_route_and_no_default_route_is_the_forbidden_frame(string message)
    {
        var (stack, api) = ScenarioStacks.Mock_ping_pong();
        _ = new WebSocketStage(api, "Dev", new WebSocketStageProps { StageName = "dev" });
        await using var local = await LocalWebSocketApi.StartAsync(TerraformJsonReader.FromJson(Stacks.Synth(stack)));
        var stage = Assert.Single(local.Stages).Key;
        await using var client = await local.ConnectAsync(stage);
        await client.SendAsync(message);
        Assert.Matches("""^\{"message": "Forbidden", "connectionId":"[A-Za-z0-9_=-]+", "requestId":"[A-Za-z0-9_=-]+"\}$""", await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task A_message_over_128_KB_closes_the_connection_with_1009()
    {
        await using var client = await _local.ConnectAsync("prod");
        await client.SendAsync(new string('x', 128 * 1024 + 1));
        Assert.Null(await client.ReceiveAsync(s_wait));
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.CloseStatus);
    }

    [Fact]
    public async Task The_connections_api_posts_describes_and_closes_a_connection()
    {
        await using var client = await _local.ConnectAsync("prod");
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
        var id = System.Text.RegularExpressions.Regex.Matches(_trace.ToString(), @"\] (\S+) route ping")[^1].Groups[1].Value;
        using var http = new HttpClient { BaseAddress = new Uri($"http://{_local.BaseUrl.Host}:{_local.BaseUrl.Port}/prod/@connections/") };

        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.PostAsync(id, new StringContent("pushed"))).StatusCode);
        Assert.Equal("pushed", await client.ReceiveAsync(s_wait));
        var info = await http.GetStringAsync(id);
        Assert.Matches("""^\{"connectedAt":"\d{4}-\d\d-\d\dT[\d:.]+Z","identity":\{"sourceIp":"127\.0\.0\.1","userAgent":null\},"lastActiveAt":"[\d\-T:.]+Z"\}$""", info);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await http.DeleteAsync(id)).StatusCode);
        Assert.Null(await client.ReceiveAsync(s_wait));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
        Assert.Equal(System.Net.HttpStatusCode.Gone, (await http.PostAsync("nobody", new StringContent("x"))).StatusCode);
    }

    [Fact]
    public async Task The_connections_api_reports_the_clients_user_agent()
    {
        await using var client = await _local.ConnectAsync("prod", new Dictionary<string, string> { ["User-Agent"] = "wscat/6" });
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
        var id = System.Text.RegularExpressions.Regex.Matches(_trace.ToString(), @"\] (\S+) route ping")[^1].Groups[1].Value;
        using var http = new HttpClient();
        Assert.Contains("\"userAgent\":\"wscat/6\"", await http.GetStringAsync($"http://{_local.BaseUrl.Host}:{_local.BaseUrl.Port}/prod/@connections/{id}"));
    }

    [Fact]
    public async Task Connect_and_disconnect_run_the_lambda_of_their_routes()
    {
        await using (var client = await _local.ConnectAsync("prod"))
        {
            await client.SendAsync("""{"action": "ping"}""");
            Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
        }
        var waited = 0;
        while (!_trace.ToString().Contains("$disconnect -> AWS_PROXY", StringComparison.Ordinal) && waited++ < 100) await Task.Delay(100);
        // The example's handler answers $connect and $disconnect with {statusCode: 200} and no body.
        Assert.Contains("$connect -> AWS_PROXY aws_lambda_function.Handler 200, no body: connected", _trace.ToString());
        Assert.Contains("disconnected; $disconnect -> AWS_PROXY aws_lambda_function.Handler 200, no body", _trace.ToString());
    }

    [Fact]
    public async Task A_call_under_way_when_its_client_leaves_completes_and_the_disconnect_runs_once()
    {
        _backend.Answer = (_, _) => (200, """{"id": 1}""", TimeSpan.FromSeconds(1));
        int Disconnects() => Regex.Count(_trace.ToString(), "disconnected; \\$disconnect -> AWS_PROXY");
        var before = Disconnects();
        using (var raw = new ClientWebSocket())
        {
            await raw.ConnectAsync(_local.Url("prod"), CancellationToken.None);
            await raw.SendAsync(Encoding.UTF8.GetBytes("""{"action": "sendmessage", "text": "bye"}"""), WebSocketMessageType.Text, true, CancellationToken.None);
            var waited = 0;
            while (!_backend.Received.Any(r => r.Path == "/messages") && waited++ < 100) await Task.Delay(50);
            raw.Abort();  // the TCP connection drops while the backend is still answering
        }
        var polls = 0;
        while ((Disconnects() == before || !_trace.ToString().Contains("the connection closed before that answer", StringComparison.Ordinal)) && polls++ < 100) await Task.Delay(100);
        Assert.Equal(before + 1, Disconnects());
        // As on AWS, the integration call completes; its answer has nowhere to go.
        var id = Regex.Match(_trace.ToString(), @"\] (\S+) the connection closed before that answer: nothing sent").Groups[1].Value;
        Assert.Matches($@"\] {Regex.Escape(id)} route sendmessage -> HTTP POST \S+/messages 200; integration response /2\\d\\d/", _trace.ToString());
    }

    [Fact]
    public async Task A_connect_route_answering_403_rejects_the_handshake_with_403()
    {
        await using var local = await LocalWebSocketApi.StartAsync(ConnectRouteOnly("""
            "integration_type": "MOCK", "request_templates": {"$default": "{\"statusCode\": 403}"}, "template_selection_expression": "\\$default"
            """));
        var error = await Assert.ThrowsAsync<WebSocketException>(() => local.ConnectAsync("dev"));
        Assert.Contains("'403'", error.Message);
    }

    [Theory]
    [InlineData("""{"action": "$disconnect"}""")]
    [InlineData("""{"action": "$connect"}""")]
    [InlineData("""{"action": 123456789012345678901234567890}""")]
    public async Task Messages_naming_connect_disconnect_or_odd_values_go_to_the_default_route(string message)
    {
        await using var client = await _local.ConnectAsync("prod");
        // A wait that times out leaves the client usable.
        Assert.Null(await client.ReceiveAsync(TimeSpan.FromMilliseconds(100)));
        await client.SendAsync(message);
        Assert.Equal(ExampleNotice, await client.ReceiveAsync(s_wait));
        Assert.StartsWith("{\"echo\":", await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task A_silent_connection_is_closed_with_1001_after_the_idle_timeout()
    {
        var (stack, api) = ScenarioStacks.Mock_ping_pong();
        _ = new WebSocketStage(api, "Dev", new WebSocketStageProps { StageName = "dev" });
        await using var local = await LocalWebSocketApi.StartAsync(TerraformJsonReader.FromJson(Stacks.Synth(stack)), new LocalOptions { IdleTimeout = TimeSpan.FromMilliseconds(300) });
        await using var client = await local.ConnectAsync("dev");
        Assert.Null(await client.ReceiveAsync(s_wait));
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
    }

    [Fact]
    public async Task A_connection_is_closed_with_1001_at_its_maximum_duration_even_when_busy()
    {
        var (stack, api) = ScenarioStacks.Mock_ping_pong();
        _ = new WebSocketStage(api, "Dev", new WebSocketStageProps { StageName = "dev" });
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(TerraformJsonReader.FromJson(Stacks.Synth(stack)),
            new LocalOptions { MaxConnectionDuration = TimeSpan.FromMilliseconds(600), Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        string? frame;
        do
        {
            await client.SendAsync("""{"action": "ping"}""");
            frame = await client.ReceiveAsync(s_wait);
        }
        while (frame is not null);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
        Assert.Contains("open for 00:00:00.6000000: closed with 1001", trace.ToString());
    }

    [Fact]
    public async Task An_empty_frame_is_not_json_and_goes_to_the_default_route()
    {
        await using var client = await _local.ConnectAsync("prod");
        await client.SendAsync("");
        // Not JSON: the $default route, the example's Lambda, which pushes a notice and echoes the body.
        Assert.Equal(ExampleNotice, await client.ReceiveAsync(s_wait));
        Assert.Matches("""^\{"echo":"","connectionId":"[A-Za-z0-9_=-]+"\}$""", await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task A_connect_integration_that_fails_rejects_the_handshake_with_502()
    {
        await using var local = await LocalWebSocketApi.StartAsync(ConnectRouteOnly("""
            "integration_type": "HTTP_PROXY", "integration_method": "POST", "integration_uri": "http://127.0.0.1:1/connect"
            """));
        var error = await Assert.ThrowsAsync<WebSocketException>(() => local.ConnectAsync("dev"));
        Assert.Contains("'502'", error.Message);
    }

    [Fact]
    public async Task Request_parameters_send_literals_context_and_body_values_as_headers()
    {
        var config = TerraformJsonReader.FromJson($$$"""
            {"resource": {
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_integration": {"h": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "HTTP_PROXY", "integration_method": "POST", "integration_uri": "{{{_backend.Url}}}/params",
                "request_parameters": {"integration.request.header.X-Fixed": "'v1'", "integration.request.header.X-Conn": "context.connectionId",
                  "integration.request.header.X-Ip": "context.identity.sourceIp", "integration.request.header.X-Room": "route.request.body.room"}} },
              "aws_apigatewayv2_route": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$default", "target": "integrations/${aws_apigatewayv2_integration.h.id}"}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """);
        _backend.HeadersToRecord = ["X-Fixed", "X-Conn", "X-Ip", "X-Room"];
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(config, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"room": 42}""");
        var waited = 0;
        while (!_backend.Received.Any(r => r.Path == "/params") && waited++ < 200) await Task.Delay(50);
        var headers = _backend.Received.Single(r => r.Path == "/params").Headers;
        Assert.Equal("v1", headers["X-Fixed"]);
        Assert.Matches("^[A-Za-z0-9_=-]{16}$", headers["X-Conn"]);
        Assert.Contains($" {headers["X-Conn"]} ", trace.ToString());
        Assert.Equal("127.0.0.1", headers["X-Ip"]);
        Assert.Equal("42", headers["X-Room"]);
    }

    [Fact]
    public async Task A_lambda_reached_over_http_answers_the_route()
    {
        var config = TerraformJsonReader.FromJson("""
            {"resource": {
              "aws_lambda_function": {"Remote": {"function_name": "remote", "role": "r", "runtime": "java21", "handler": "x", "filename": "x.zip"}},
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_integration": {"f": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "AWS_PROXY", "integration_method": "POST", "integration_uri": "${aws_lambda_function.Remote.invoke_arn}"}},
              "aws_apigatewayv2_route": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$default", "target": "integrations/${aws_apigatewayv2_integration.f.id}", "route_response_selection_expression": "$default"}},
              "aws_apigatewayv2_route_response": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.d.id}", "route_response_key": "$default"}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """);
        _backend.Answer = (_, body) =>
            body.Contains("\"body\":\"fail\"", StringComparison.Ordinal) ? (500, """{"errorMessage": "no"}""", TimeSpan.Zero)
            // What the Runtime Interface Emulator answers for a function that throws: 200, no X-Amz-Function-Error.
            : body.Contains("\"body\":\"throw\"", StringComparison.Ordinal) ? (200, """{"errorType": "Error", "errorMessage": "boom", "trace": []}""", TimeSpan.Zero)
            : (200, """{"statusCode": 200, "body": "remote says hi"}""", TimeSpan.Zero);
        await using var local = await LocalWebSocketApi.StartAsync(config, new LocalOptions { LambdaUrls = new Dictionary<string, string> { ["Remote"] = _backend.Url + "/invocations" } });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("hello");
        Assert.Equal("remote says hi", await client.ReceiveAsync(s_wait));
        Assert.Contains("\"routeKey\":\"$default\"", _backend.Received.Last(r => r.Path == "/invocations").Body);
        await client.SendAsync("fail");
        Assert.StartsWith("{\"message\": \"Internal server error\"", await client.ReceiveAsync(s_wait));
        await client.SendAsync("throw");
        Assert.StartsWith("{\"message\": \"Internal server error\"", await client.ReceiveAsync(s_wait));

        // Nothing listens on port 1: the function fails as a Lambda that throws, and the trace says why.
        var trace = new StringWriter();
        await using var down = await LocalWebSocketApi.StartAsync(config, new LocalOptions { LambdaUrls = new Dictionary<string, string> { ["aws_lambda_function.Remote"] = "http://127.0.0.1:1/" }, Trace = TextWriter.Synchronized(trace) });
        await using var second = await down.ConnectAsync("dev");
        await second.SendAsync("hello");
        Assert.StartsWith("{\"message\": \"Internal server error\"", await second.ReceiveAsync(s_wait));
        Assert.Contains("aws_lambda_function.Remote threw: http://127.0.0.1:1/ did not answer (", trace.ToString());
    }

    [Theory]
    [InlineData("Remot", "http://127.0.0.1:9000/", "--lambda Remot: no integration or authorizer invokes a function with that resource name or address; the stack invokes aws_lambda_function.Remote.")]
    [InlineData("Remote", "127.0.0.1:9000", "--lambda Remote=127.0.0.1:9000: the URL must be absolute http or https, e.g. http://127.0.0.1:9000/2015-03-31/functions/function/invocations")]
    public async Task A_lambda_url_naming_no_function_or_not_http_is_refused_at_start(string function, string url, string expected)
    {
        var config = TerraformJsonReader.FromJson("""
            {"resource": {
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_integration": {"f": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "AWS_PROXY", "integration_method": "POST", "integration_uri": "${aws_lambda_function.Remote.invoke_arn}"}},
              "aws_apigatewayv2_route": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$default", "target": "integrations/${aws_apigatewayv2_integration.f.id}"}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalWebSocketApi.StartAsync(config, new LocalOptions { LambdaUrls = new Dictionary<string, string> { [function] = url } }));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task Warnings_of_the_stack_are_printed_at_start()
    {
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(Path.Combine(AppContext.BaseDirectory, "Check", "Fixtures", "WSR303-no-default-response.tf.json"), new LocalOptions { Trace = trace });
        Assert.StartsWith("warning WSR303 aws_apigatewayv2_integration_response.ping: No response has the $default key; ", trace.ToString());
    }

    [Fact]
    public async Task A_stack_that_breaks_a_rule_is_not_served()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalWebSocketApi.StartAsync(Path.Combine(AppContext.BaseDirectory, "Check", "Fixtures", "WSR301-responses-on-proxy.tf.json")));
        Assert.StartsWith("error WSR301 aws_apigatewayv2_integration_response.fn: The integration is AWS_PROXY, which has no integration responses.", error.Message);
    }
}

/// <summary>
/// The example as cdktf synth writes it (assets included, so its $connect runs the real Node handler),
/// served once for the tests of <see cref="LocalRuntimeTests"/>, with a real HTTP backend behind it.
/// </summary>
public sealed class ServedExample : IAsyncLifetime
{
    private string _outdir = null!;

    public TestBackend Backend { get; private set; } = null!;

    public LocalWebSocketApi Local { get; private set; } = null!;

    public StringWriter Trace { get; } = new();

    public async Task InitializeAsync()
    {
        Backend = await TestBackend.StartAsync();
        _outdir = Testing.FullSynth(new ChatApi.ChatStack(Testing.App(), "chat-api"));
        Local = await LocalWebSocketApi.StartAsync(_outdir, new LocalOptions
        {
            HttpRewrites = new Dictionary<string, string> { ["https://chat.example.com"] = Backend.Url },
            Trace = TextWriter.Synchronized(Trace),
        });
    }

    public async Task DisposeAsync()
    {
        await Local.DisposeAsync();
        await Backend.DisposeAsync();
        Directory.Delete(_outdir, recursive: true);
    }
}
