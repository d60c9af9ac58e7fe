using WsRouteResponses.Local;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Local;

/// <summary>Route selection with braces and text around them, the guide's example: <c>${request.body.version}-beta</c>.</summary>
public sealed class RouteSelectionTests
{
    [Theory]
    [InlineData("""{"version": "v1"}""", """{"route": "v1-beta"}""")]
    [InlineData("""{"version": "v2"}""", """{"route": "default"}""")]
    [InlineData("""{"other": 1}""", """{"route": "default"}""")]
    public async Task A_braced_expression_with_text_around_it_selects_the_route(string message, string frame)
    {
        await using var local = await LocalWebSocketApi.StartAsync(TerraformJsonReader.FromJson("""
            {"resource": {
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$${request.body.version}-beta"}},
              "aws_apigatewayv2_integration": {
                "beta": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "MOCK", "request_templates": {"$default": "{\"statusCode\": 200}"}, "template_selection_expression": "\\$default"},
                "other": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "MOCK", "request_templates": {"$default": "{\"statusCode\": 200}"}, "template_selection_expression": "\\$default"}
              },
              "aws_apigatewayv2_integration_response": {
                "beta": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_id": "${aws_apigatewayv2_integration.beta.id}", "integration_response_key": "$default", "template_selection_expression": "\\$default", "response_templates": {"$default": "{\"route\": \"v1-beta\"}"}},
                "other": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_id": "${aws_apigatewayv2_integration.other.id}", "integration_response_key": "$default", "template_selection_expression": "\\$default", "response_templates": {"$default": "{\"route\": \"default\"}"}}
              },
              "aws_apigatewayv2_route": {
                "beta": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "v1-beta", "target": "integrations/${aws_apigatewayv2_integration.beta.id}", "route_response_selection_expression": "$default"},
                "default": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$default", "target": "integrations/${aws_apigatewayv2_integration.other.id}", "route_response_selection_expression": "$default"}
              },
              "aws_apigatewayv2_route_response": {
                "beta": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.beta.id}", "route_response_key": "$default"},
                "default": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.default.id}", "route_response_key": "$default"}
              },
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """));
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync(message);
        Assert.Equal(frame, await client.ReceiveAsync(TimeSpan.FromSeconds(10)));
    }
}
