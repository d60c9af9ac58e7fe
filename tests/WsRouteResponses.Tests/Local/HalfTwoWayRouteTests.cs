using WsRouteResponses.Local;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// Half a two-way route (rule WSR108), served: AWS's sources disagree on whether a route with a route
/// response but no <c>route_response_selection_expression</c> answers; the runtime follows the route-response
/// guide ("If a route has a route response, it is configured for two-way communication") and says so in its
/// trace. A route with the expression but no route response defines no answer and sends none.
/// </summary>
public sealed class HalfTwoWayRouteTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    private static WebSocketConfiguration Routes() => TerraformJsonReader.FromJson("""
        {"resource": {
          "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
          "aws_apigatewayv2_integration": {
            "ping": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "MOCK", "request_templates": {"$default": "{\"statusCode\": 200}"}, "template_selection_expression": "\\$default"},
            "quiet": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "MOCK", "request_templates": {"$default": "{\"statusCode\": 200}"}, "template_selection_expression": "\\$default"}
          },
          "aws_apigatewayv2_integration_response": {
            "ping": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_id": "${aws_apigatewayv2_integration.ping.id}", "integration_response_key": "$default", "template_selection_expression": "\\$default", "response_templates": {"$default": "{\"action\": \"pong\"}"}},
            "quiet": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_id": "${aws_apigatewayv2_integration.quiet.id}", "integration_response_key": "$default", "template_selection_expression": "\\$default", "response_templates": {"$default": "{\"action\": \"quiet\"}"}}
          },
          "aws_apigatewayv2_route": {
            "ping": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "ping", "target": "integrations/${aws_apigatewayv2_integration.ping.id}"},
            "quiet": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "quiet", "target": "integrations/${aws_apigatewayv2_integration.quiet.id}", "route_response_selection_expression": "$default"}
          },
          "aws_apigatewayv2_route_response": {
            "ping": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.ping.id}", "route_response_key": "$default"}
          },
          "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
        }}
        """);

    [Fact]
    public async Task A_route_response_alone_answers_with_a_trace_that_says_it_is_unconfirmed_and_a_selection_expression_alone_sends_nothing()
    {
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(Routes(), new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");

        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
        Assert.Contains(
            "route ping -> MOCK mock 200; two-way by its route response, without route_response_selection_expression (unconfirmed on AWS, WSR108); integration response $default, template $default",
            trace.ToString());

        await client.SendAsync("""{"action": "quiet"}""");
        var polls = 0;
        while (!trace.ToString().Contains("route quiet", StringComparison.Ordinal) && polls++ < 100) await Task.Delay(50);
        Assert.Contains("route quiet -> MOCK mock 200; one-way: nothing sent", trace.ToString());
        // Decided and traced: no frame follows.
        Assert.Null(await client.ReceiveAsync(TimeSpan.FromMilliseconds(300)));
    }
}
