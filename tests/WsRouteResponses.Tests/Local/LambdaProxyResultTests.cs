using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>What a client gets when a Lambda proxy handler's answer is not a valid <c>{statusCode, body}</c>.</summary>
public sealed class LambdaProxyResultTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);

    // AWS documents the proxy answer's shape for REST APIs ("Output format of a Lambda function for proxy
    // integration", https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html:
    // statusCode, headers, multiValueHeaders, body as a string, isBase64Encoded; any other format is a 502).
    // For WebSocket APIs users captured the frame: an answer with other keys is
    // {"message": "Internal server error", ...} (middyjs/middy issue 1219,
    // https://github.com/middyjs/middy/issues/1219), and {statusCode: 200} alone sends nothing back.
    // A body that is not a string and null (a handler returning nothing) follow the REST rule: unconfirmed
    // for WebSocket APIs.
    [Theory]
    [InlineData("extra", "an object with ConnectionId, Data (a proxy answer has only statusCode, headers, multiValueHeaders, body, isBase64Encoded)")]
    [InlineData("string", "string \"just text\", not an object")]
    [InlineData("objectbody", "a body that is not a string ({\"a\":1}): stringify it")]
    [InlineData("badstatus", "statusCode \"OK\", not an integer")] // "200" is accepted, as AWS's blueprints return it
    [InlineData("nothing", "nothing (null)")]
    public async Task A_malformed_proxy_answer_is_the_internal_server_error_frame(string message, string problem)
    {
        using var stack = new LambdaStackFolder("app.mjs", Handler, ProxyDefaultRoute);
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync(message);
        Assert.Matches("""^\{"message": "Internal server error", "connectionId":"[A-Za-z0-9_=-]+", "requestId":"[A-Za-z0-9_=-]+"\}$""", await client.ReceiveAsync(s_wait));
        Assert.Contains($"route $default -> AWS_PROXY aws_lambda_function.f returned {problem}: Internal server error", trace.ToString());
    }

    [Fact]
    public async Task A_proxy_answer_without_a_body_sends_nothing()
    {
        using var stack = new LambdaStackFolder("app.mjs", Handler, ProxyDefaultRoute);
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("nobody");
        const string Line = "route $default -> AWS_PROXY aws_lambda_function.f 200, no body; proxy: no body, nothing sent";
        for (var i = 0; i < 400 && !trace.ToString().Contains(Line, StringComparison.Ordinal); i++) await Task.Delay(50);
        Assert.Contains(Line, trace.ToString());
        // The trace line is written before a frame would be sent: the next frame is the next message's answer.
        await client.SendAsync("ok");
        Assert.Equal("ok", await client.ReceiveAsync(s_wait));
    }

    private const string Handler = """
        export const main = async (event) => {
          switch (event.body) {
            case "extra": return { ConnectionId: event.requestContext.connectionId, Data: '"Hello"', statusCode: 200 };
            case "string": return "just text";
            case "objectbody": return { statusCode: 200, body: { a: 1 } };
            case "badstatus": return { statusCode: "OK", body: "x" };
            case "nothing": return;
            case "nobody": return { statusCode: 200 };
            default: return { statusCode: 200, headers: { "X-Ignored": "yes" }, body: event.body };
          }
        };
        """;

    private const string ProxyDefaultRoute = """
        {"resource": {
          "aws_lambda_function": {"f": {"function_name": "f", "role": "r", "runtime": "nodejs20.x", "handler": "app.main", "filename": "code.zip"}},
          "aws_lambda_permission": {"f": {"function_name": "${aws_lambda_function.f.function_name}", "action": "lambda:InvokeFunction", "principal": "apigateway.amazonaws.com", "source_arn": "${aws_apigatewayv2_api.a.execution_arn}/*/*"}},
          "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
          "aws_apigatewayv2_integration": {"f": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "AWS_PROXY", "integration_method": "POST", "integration_uri": "${aws_lambda_function.f.invoke_arn}"}},
          "aws_apigatewayv2_route": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$default", "target": "integrations/${aws_apigatewayv2_integration.f.id}", "route_response_selection_expression": "$default"}},
          "aws_apigatewayv2_route_response": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.d.id}", "route_response_key": "$default"}},
          "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
        }}
        """;
}
