using System.Net.WebSockets;
using System.Text;
using WsRouteResponses.Local;
using WsRouteResponses.Model;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// What API Gateway does with the bytes of a message (../shared/websocket-runtime-semantics.md): frame and
/// message limits, binary frames, passthrough behaviour, content handling, and template selection by a
/// response header. One two-way route, <c>go</c>, to a real local HTTP backend, configured per test.
/// </summary>
public sealed class PayloadTests : IAsyncLifetime
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);
    private TestBackend _backend = null!;
    private readonly StringWriter _trace = new();

    public async Task InitializeAsync() => _backend = await TestBackend.StartAsync();

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    // A one-route API: its integration's attributes and its $default integration response's (none when null) are the test's.
    private Task<LocalWebSocketApi> ServeAsync(string integration, string? response = null)
    {
        var responses = response is null ? "" : $$$"""
            "aws_apigatewayv2_integration_response": {"r": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_id": "${aws_apigatewayv2_integration.go.id}", "integration_response_key": "$default"{{{(response == "" ? "" : ", " + response)}}}}},
            """;
        return LocalWebSocketApi.StartAsync(TerraformJsonReader.FromJson($$$"""
            {"resource": {
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_integration": {"go": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_method": "POST", "integration_uri": "{{{_backend.Url}}}/go", {{{integration}}}}},
              {{{responses}}}
              "aws_apigatewayv2_route": {"go": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$default", "target": "integrations/${aws_apigatewayv2_integration.go.id}", "route_response_selection_expression": "$default"}},
              "aws_apigatewayv2_route_response": {"go": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.go.id}", "route_response_key": "$default"}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """), new LocalOptions { Trace = TextWriter.Synchronized(_trace) });
    }

    private const string HttpProxy = "\"integration_type\": \"HTTP_PROXY\"";

    private static async Task<ClientWebSocket> RawAsync(LocalWebSocketApi local)
    {
        var raw = new ClientWebSocket();
        await raw.ConnectAsync(local.Url("dev"), CancellationToken.None);
        return raw;
    }

    // Sends a text message as frames of at most frameBytes each.
    private static async Task SendInFramesAsync(ClientWebSocket raw, string message, int frameBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        for (var offset = 0; offset < bytes.Length; offset += frameBytes)
        {
            var size = Math.Min(frameBytes, bytes.Length - offset);
            await raw.SendAsync(bytes.AsMemory(offset, size), WebSocketMessageType.Text, offset + size == bytes.Length, CancellationToken.None);
        }
    }

    private static async Task<(WebSocketCloseStatus? Status, string? Frame)> ReceiveAsync(ClientWebSocket raw)
    {
        using var timeout = new CancellationTokenSource(s_wait);
        var buffer = new byte[256 * 1024];
        var result = await raw.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? (raw.CloseStatus, null) : (null, Encoding.UTF8.GetString(buffer, 0, result.Count));
    }

    [Fact]
    public async Task A_frame_over_32_KB_closes_the_connection_with_1009()
    {
        await using var local = await ServeAsync(HttpProxy);
        using var raw = await RawAsync(local);
        await raw.SendAsync(Encoding.UTF8.GetBytes(new string('x', 32 * 1024 + 1)), WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal((WebSocketCloseStatus.MessageTooBig, null), await ReceiveAsync(raw));
        Assert.Contains("a frame of 32769 bytes, over 32 KB (send larger messages in several frames): closed with 1009", _trace.ToString());
        Assert.Empty(_backend.Received);
    }

    // The WebSocket reads ahead: the oversized frame's header may be read before the message before it is
    // handled. That message still reaches its integration (its answer, as on AWS, has nowhere to go once
    // the connection is closed).
    [Fact]
    public async Task The_message_before_an_oversized_frame_still_reaches_its_integration()
    {
        await using var local = await ServeAsync(HttpProxy);
        using var raw = await RawAsync(local);
        await raw.SendAsync(Encoding.UTF8.GetBytes("small"), WebSocketMessageType.Text, true, CancellationToken.None);
        await raw.SendAsync(Encoding.UTF8.GetBytes(new string('x', 40 * 1024)), WebSocketMessageType.Text, true, CancellationToken.None);
        var (status, frame) = await ReceiveAsync(raw);
        if (frame is not null) (status, frame) = await ReceiveAsync(raw); // the answer to "small" may come before the close
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, status);
        var waited = 0;
        while (_backend.Received.IsEmpty && waited++ < 100) await Task.Delay(50);
        Assert.Equal("small", Assert.Single(_backend.Received).Body);
    }

    // RFC 6455 (https://www.rfc-editor.org/rfc/rfc6455), section 8.1: a text frame that is not valid UTF-8
    // fails the connection; section 7.4.1: 1007, "data within a message that was not consistent with the type
    // of the message". AWS does not document its close code for it: unconfirmed.
    [Fact]
    public async Task A_text_frame_that_is_not_utf8_closes_the_connection_with_1007()
    {
        await using var local = await ServeAsync(HttpProxy);
        using var raw = await RawAsync(local);
        await raw.SendAsync(new byte[] { (byte)'o', (byte)'k', 0xC3, 0x28 }, WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal((WebSocketCloseStatus.InvalidPayloadData, null), await ReceiveAsync(raw));
        var waited = 0;
        while (!_trace.ToString().Contains("1007", StringComparison.Ordinal) && waited++ < 100) await Task.Delay(50);
        Assert.Matches(@"\[dev\] \S+ a text frame that is not UTF-8: closed with 1007", _trace.ToString());
        Assert.Empty(_backend.Received);
    }

    // The @connections API's service model (apigatewaymanagementapi, PostToConnection): PayloadTooLargeException,
    // HTTP 413, "The data has exceeded the maximum size allowed."; the limit is the 128 KB message quota
    // ("Amazon API Gateway quotas for configuring and running a WebSocket API",
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html). The body's message text is
    // the model's description: unconfirmed.
    [Fact]
    public async Task A_connections_post_over_128_KB_is_413_payload_too_large_and_sends_nothing()
    {
        _backend.Answer = (_, _) => (200, "answered", TimeSpan.Zero);
        await using var local = await ServeAsync(HttpProxy);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("hi");
        Assert.Equal("answered", await client.ReceiveAsync(s_wait));
        var id = System.Text.RegularExpressions.Regex.Match(_trace.ToString(), @"\[dev\] (\S+) route \$default").Groups[1].Value;
        using var http = new HttpClient { BaseAddress = new Uri($"http://{local.BaseUrl.Host}:{local.BaseUrl.Port}/dev/@connections/") };

        using var tooLarge = await http.PostAsync(id, new StringContent(new string('x', 128 * 1024 + 1)));
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("PayloadTooLargeException", Assert.Single(tooLarge.Headers.GetValues("x-amzn-ErrorType")));
        Assert.Equal("""{"message":"The data has exceeded the maximum size allowed."}""", await tooLarge.Content.ReadAsStringAsync());
        Assert.Contains($"[dev] {id} @connections POST: 413", _trace.ToString());

        // Exactly 128 KB is sent, and is the next frame the client gets.
        using var largest = await http.PostAsync(id, new StringContent(new string('y', 128 * 1024)));
        Assert.Equal(System.Net.HttpStatusCode.OK, largest.StatusCode);
        Assert.Equal(new string('y', 128 * 1024), await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task A_message_of_frames_within_32_KB_reaches_the_integration_whole()
    {
        _backend.Answer = (_, body) => (200, $"got {body.Length}", TimeSpan.Zero);
        await using var local = await ServeAsync(HttpProxy);
        using var raw = await RawAsync(local);
        await SendInFramesAsync(raw, new string('x', 100 * 1024), 32 * 1024);
        Assert.Equal((null, "got 102400"), await ReceiveAsync(raw));
    }

    [Fact]
    public async Task A_message_over_128_KB_in_small_frames_closes_the_connection_with_1009()
    {
        await using var local = await ServeAsync(HttpProxy);
        using var raw = await RawAsync(local);
        await SendInFramesAsync(raw, new string('x', 128 * 1024 + 1), 16 * 1024);
        Assert.Equal((WebSocketCloseStatus.MessageTooBig, null), await ReceiveAsync(raw));
        Assert.Contains("a message over 128 KB: closed with 1009", _trace.ToString());
    }

    [Fact]
    public async Task A_binary_frame_closes_the_connection_with_1003()
    {
        await using var local = await ServeAsync(HttpProxy);
        using var raw = await RawAsync(local);
        await raw.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal((WebSocketCloseStatus.InvalidMessageType, null), await ReceiveAsync(raw));
        Assert.Contains("a binary frame (not supported; send base64 text and set content_handling_strategy CONVERT_TO_BINARY): closed with 1003", _trace.ToString());
    }

    [Theory]
    [InlineData("WHEN_NO_MATCH", """{"kind": "b"}""", null)]
    [InlineData("WHEN_NO_TEMPLATES", """{"kind": "b"}""", "Unsupported Media Type")]
    [InlineData("NEVER", """{"kind": "b"}""", "Unsupported Media Type")]
    [InlineData("NEVER", """{"kind": "a"}""", null)]
    public async Task Passthrough_behavior_decides_what_a_message_no_template_matches_does(string behavior, string message, string? error)
    {
        _backend.Answer = (_, body) => (200, body, TimeSpan.Zero);
        await using var local = await ServeAsync($$"""
            "integration_type": "HTTP", "passthrough_behavior": "{{behavior}}",
            "template_selection_expression": "$${request.body.kind}", "request_templates": {"a": "{\"templated\": true}"}
            """, "");
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync(message);
        var frame = await client.ReceiveAsync(s_wait);
        if (error is null)
            Assert.Equal(message == """{"kind": "a"}""" ? """{"templated": true}""" : message, frame);
        else
        {
            Assert.Matches($$"""^\{"message": "{{error}}", "connectionId":"[A-Za-z0-9_=-]+", "requestId":"[A-Za-z0-9_=-]+"\}$""", frame);
            Assert.Empty(_backend.Received);
        }
    }

    [Fact]
    public async Task Convert_to_binary_sends_the_backend_the_bytes_of_base64_text()
    {
        await using var local = await ServeAsync("\"integration_type\": \"HTTP\", \"content_handling_strategy\": \"CONVERT_TO_BINARY\"", "");
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes("hello bytes")));
        Assert.Equal("{}", await client.ReceiveAsync(s_wait));
        Assert.Equal("hello bytes", _backend.Received.Single().Body);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0x00, 0x01 }, """{"data": "/wAB"}""")]
    [InlineData(new byte[] { (byte)'h', (byte)'i', (byte)'!' }, """{"data": "hi!"}""")]
    public async Task Convert_to_text_gives_the_template_a_binary_body_as_base64_and_text_as_it_is(byte[] body, string frame)
    {
        _backend.BinaryBody = body;
        await using var local = await ServeAsync("\"integration_type\": \"HTTP\"",
            "\"content_handling_strategy\": \"CONVERT_TO_TEXT\", \"response_templates\": {\"$default\": \"{\\\"data\\\": \\\"$input.body\\\"}\"}");
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("{}");
        Assert.Equal(frame, await client.ReceiveAsync(s_wait));
        Assert.Equal(body[0] == 0xFF, _trace.ToString().Contains("integration response $default, binary converted to base64 text, template $default", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("small", """{"size": "small"}""")]
    [InlineData("large", """{"size": "large"}""")]
    [InlineData("other", """{"size": "default"}""")]
    public async Task A_response_header_selects_the_response_template(string header, string frame)
    {
        _backend.ResponseHeaders["X-Size"] = header;
        await using var local = await ServeAsync("\"integration_type\": \"HTTP\"", """
            "template_selection_expression": "$${integration.response.header.X-Size}",
            "response_templates": {"small": "{\"size\": \"small\"}", "large": "{\"size\": \"large\"}", "$default": "{\"size\": \"default\"}"}
            """);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("{}");
        Assert.Equal(frame, await client.ReceiveAsync(s_wait));
    }
}
