using WsRouteResponses.Local;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// Route selection with the API's own expression, not only <c>$request.body.action</c>: another property, a
/// nested path, and braces with text around them.
/// </summary>
public sealed class RouteSelectionTests
{
    // "Create routes for WebSocket APIs in API Gateway"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html): the
    // expression names a JSON property of the message (its example ${request.body.action}); a message that is
    // not JSON, or whose value names no route, goes to $default. "WebSocket selection expressions"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html):
    // braces with text around them, "${request.body.version}-beta". AWS's pages show top-level properties
    // only; a nested path is read as the JSONPath $.message.action, as mapping templates read it.
    [Theory]
    [InlineData("$request.body.type", """{"type": "join"}""", """{"route": "join"}""")]
    [InlineData("$request.body.type", """{"action": "join"}""", """{"route": "default"}""")]
    [InlineData("$request.body.message.action", """{"message": {"action": "join"}}""", """{"route": "join"}""")]
    [InlineData("$request.body.message.action", """{"action": "join", "message": {}}""", """{"route": "default"}""")]
    [InlineData("$request.body.message.action", """{"message": "join"}""", """{"route": "default"}""")]
    [InlineData("$${request.body.version}-beta", """{"version": "v1"}""", """{"route": "v1-beta"}""")]
    [InlineData("$${request.body.version}-beta", """{"version": "v2"}""", """{"route": "default"}""")]
    [InlineData("$${request.body.version}-beta", """{"other": 1}""", """{"route": "default"}""")]
    public async Task The_apis_expression_selects_the_route(string expression, string message, string frame)
    {
        await using var local = await LocalWebSocketApi.StartAsync(new ApiJson(expression)
            .Mock("join").Response("join", "$default", """{"route": "join"}""")
            .Mock("beta").Response("beta", "$default", """{"route": "v1-beta"}""")
            .Mock("other").Response("other", "$default", """{"route": "default"}""")
            .TwoWayRoute("join", "join", "join")
            .TwoWayRoute("beta", "v1-beta", "beta")
            .TwoWayRoute("default", "$default", "other")
            .Configuration());
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync(message);
        Assert.Equal(frame, await client.ReceiveAsync(TimeSpan.FromSeconds(10)));
    }
}
