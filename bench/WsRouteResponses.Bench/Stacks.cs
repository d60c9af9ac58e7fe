
namespace WsRouteResponses.Bench;

/// <summary>
/// The benchmark stack, N two-way MOCK routes (integration, route, route response, integration response
/// each), written two ways. bench/ts/bench.js is the third, the same L1 code in TypeScript.
/// </summary>
internal static class Stacks
{
    public static void Library(TerraformStack stack, int routes)
    {
        var api = new WebSocketApi(stack, "Api", new WebSocketApiProps { Name = "bench", RoutesOutput = false });
        for (var i = 0; i < routes; i++)
            _ = new TwoWayRoute(api, $"Route{i}", new TwoWayRouteProps
            {
                Api = api,
                RouteKey = $"action{i}",
                Integration = new MockIntegration(),
                IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.Default }],
            });
    }

    /// <summary>Hand-written provider (L1) code as a careful user writes it: each id read once.</summary>
    public static void L1(TerraformStack stack, int routes)
    {
        var apiId = new Apigatewayv2Api(stack, "Api", new Apigatewayv2ApiConfig
        {
            Name = "bench",
            ProtocolType = "WEBSOCKET",
            RouteSelectionExpression = "$request.body.action",
        }).Id;
        for (var i = 0; i < routes; i++)
        {
            var integrationId = new Apigatewayv2Integration(stack, $"Integration{i}", new Apigatewayv2IntegrationConfig
            {
                ApiId = apiId,
                IntegrationType = "MOCK",
                RequestTemplates = new Dictionary<string, string> { ["$default"] = "{\"statusCode\": 200}" },
                TemplateSelectionExpression = "\\$default",
            }).Id;
            var routeId = new Apigatewayv2Route(stack, $"Route{i}", new Apigatewayv2RouteConfig
            {
                ApiId = apiId,
                RouteKey = $"action{i}",
                Target = $"integrations/{integrationId}",
                RouteResponseSelectionExpression = "$default",
            }).Id;
            _ = new Apigatewayv2RouteResponse(stack, $"RouteResponse{i}", new Apigatewayv2RouteResponseConfig
            {
                ApiId = apiId,
                RouteId = routeId,
                RouteResponseKey = "$default",
            });
            _ = new Apigatewayv2IntegrationResponse(stack, $"IntegrationResponse{i}", new Apigatewayv2IntegrationResponseConfig
            {
                ApiId = apiId,
                IntegrationId = integrationId,
                IntegrationResponseKey = "$default",
            });
        }
    }
}
