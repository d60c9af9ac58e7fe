using System.Net.WebSockets;
using WsRouteResponses.Local;
using WsRouteResponses.Model;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>What a <c>$connect</c> integration gets from the upgrade request, and what it gives back to the handshake.</summary>
public sealed class ConnectRouteTests
{
    // AWS's own sample handler, from "Set up a $connect route that requires a WebSocket subprotocol"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-connect-route-subprotocol.html):
    // the Sec-WebSocket-Protocol header of its result is the handshake's; a client asking for another
    // subprotocol gets its 400.
    [Fact]
    public async Task A_connect_lambda_returning_sec_websocket_protocol_accepts_a_client_that_asked_for_it()
    {
        using var stack = new LambdaStackFolder("app.mjs", """
            export const handler = async (event) => {
              if (event.headers != undefined) {
                const headers = toLowerCaseProperties(event.headers);
                if (headers['sec-websocket-protocol'] != undefined) {
                  const subprotocols = headers['sec-websocket-protocol'].split(',').map(s => s.trim());
                  if (subprotocols.indexOf('myprotocol') >= 0)
                    return { statusCode: 200, headers: { "Sec-WebSocket-Protocol": "myprotocol" } };
                }
              }
              return { statusCode: 400 };
            };
            export const echo = async (event) => ({ statusCode: 200, body: "echo " + event.body });
            function toLowerCaseProperties(obj) {
              const wrapper = {};
              for (const key in obj) wrapper[key.toLowerCase()] = obj[key];
              return wrapper;
            }
            """, """
            {"resource": {
              "aws_lambda_function": {"connect": {"function_name": "connect", "role": "r", "runtime": "nodejs20.x", "handler": "app.handler", "filename": "code.zip"},
                "echo": {"function_name": "echo", "role": "r", "runtime": "nodejs20.x", "handler": "app.echo", "filename": "code.zip"}},
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_integration": {
                "connect": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "AWS_PROXY", "integration_method": "POST", "integration_uri": "${aws_lambda_function.connect.invoke_arn}"},
                "echo": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "AWS_PROXY", "integration_method": "POST", "integration_uri": "${aws_lambda_function.echo.invoke_arn}"}},
              "aws_apigatewayv2_route": {
                "connect": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$connect", "target": "integrations/${aws_apigatewayv2_integration.connect.id}"},
                "d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$default", "target": "integrations/${aws_apigatewayv2_integration.echo.id}", "route_response_selection_expression": "$default"}},
              "aws_apigatewayv2_route_response": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.d.id}", "route_response_key": "$default"}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """);
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });

        // A GraphQL-over-WebSocket client offers two; the handler picks the one it knows.
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("graphql-transport-ws");
        client.Options.AddSubProtocol("myprotocol");
        await client.ConnectAsync(local.Url("dev"), CancellationToken.None);
        Assert.Equal("myprotocol", client.SubProtocol);
        await using (var connected = new LocalClient(client))
        {
            await connected.SendAsync("hi");
            Assert.Equal("echo hi", await connected.ReceiveAsync(TimeSpan.FromSeconds(20)));
        }
        Assert.Contains("$connect -> AWS_PROXY aws_lambda_function.connect 200, no body: connected with subprotocol myprotocol", trace.ToString());

        using var refused = new ClientWebSocket();
        refused.Options.AddSubProtocol("chat1");
        Assert.Contains("'400'", (await Assert.ThrowsAsync<WebSocketException>(() => refused.ConnectAsync(local.Url("dev"), CancellationToken.None))).Message);
    }

    // "Set up data mapping for WebSocket APIs in API Gateway"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-mapping.html):
    // route.request.querystring.PARAM_NAME and route.request.header.PARAM_NAME, "supported only for the
    // $connect route", mapped to an HTTP backend's integration.request.header.* and
    // integration.request.querystring.* (CreateIntegration's RequestParameters).
    [Fact]
    public async Task Connect_request_parameters_from_the_query_string_and_headers_reach_an_http_backend()
    {
        await using var backend = await TestBackend.StartAsync();
        backend.HeadersToRecord = ["X-Token", "X-Missing"];
        var configuration = TerraformJsonReader.FromJson($$$$"""
            {"resource": {
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_integration": {"connect": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "HTTP", "integration_method": "GET",
                "integration_uri": "{{{{backend.Url}}}}/connect",
                "request_parameters": {"integration.request.header.X-Token": "route.request.header.Auth", "integration.request.querystring.room": "route.request.querystring.room",
                  "integration.request.header.X-Missing": "route.request.header.Absent"}}},
              "aws_apigatewayv2_route": {"connect": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$connect", "target": "integrations/${aws_apigatewayv2_integration.connect.id}"}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """);
        await using var local = await LocalWebSocketApi.StartAsync(configuration);
        await using (await local.ConnectAsync("dev", new Dictionary<string, string> { ["auth"] = "secret" }, "room=blue%20one&other=x"))
        {
            var request = Assert.Single(backend.Received);
            Assert.Equal(("GET", "/connect", "?room=blue%20one"), (request.Method, request.Path, request.Query));
            // Header names match whatever their case; a parameter whose source is absent is left out.
            Assert.Equal(new Dictionary<string, string> { ["X-Token"] = "secret" }, request.Headers);
        }
    }
}
