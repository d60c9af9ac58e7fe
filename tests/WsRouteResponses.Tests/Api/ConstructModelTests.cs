using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Api;

/// <summary>The model the constructs build knows what the JSON will say, tokens of the user's resources included, so the rules agree with check.</summary>
public sealed class ConstructModelTests
{
    [Fact]
    public void A_lambda_given_by_its_tokens_is_known_as_lambda()
    {
        var f = new Fixture();
        var function = new LambdaFunction(f.Stack, "Fn", new LambdaFunctionConfig { FunctionName = "fn", Role = "arn:aws:iam::123456789012:role/r", Runtime = "nodejs20.x", Handler = "index.handler", Filename = "fn.zip" });
        var route = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps
        {
            RouteKey = "send", Integration = new LambdaIntegration(new LambdaHandler(function.FunctionName, function.InvokeArn)),
            IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.Status(404) }, new IntegrationResponse { Key = IntegrationResponseKey.Default }],
        });
        Assert.Equal(["WSR307: Key /404/ is a status code, but a Lambda integration's responses are selected by error message. Fix: " + Rules.LambdaResponseKeys.Fix], Stacks.Warnings(route));
        Assert.Equal("aws_lambda_function.Fn.invoke_arn", Assert.Single(f.Api.Configuration.Integrations).Uri!.Value.Reference);
    }

    [Fact]
    public void An_api_attached_from_its_resource_keeps_its_declared_quotas()
    {
        var stack = Stacks.New();
        var resource = new Apigatewayv2Api(stack, "Raw", new Apigatewayv2ApiConfig { Name = "raw", ProtocolType = "WEBSOCKET", RouteSelectionExpression = "$request.body.action" });
        var api = WebSocketApi.FromResource(stack, "Api", resource, new WebSocketApiOptions { Quotas = new WebSocketQuotas { Routes = 1 } });
        _ = new OneWayRoute(api, "A", new OneWayRouteProps { RouteKey = "a", Integration = new MockIntegration() });
        var second = new OneWayRoute(api, "B", new OneWayRouteProps { RouteKey = "b", Integration = new MockIntegration() });
        Assert.Equal(["WSR104: This is route 2 of the API; its declared quota is 1. Fix: " + Rules.RouteQuota.Fix], Stacks.Warnings(second));
    }

    [Fact]
    public void An_integration_resource_wrapped_twice_is_one_integration_to_the_rules()
    {
        var f = new Fixture();
        var legacy = new Apigatewayv2Integration(f.Stack, "Legacy", new Apigatewayv2IntegrationConfig { ApiId = f.Api.ApiId, IntegrationType = "HTTP_PROXY", IntegrationUri = "https://example.com", IntegrationMethod = "POST" });
        _ = new OneWayRoute(f.Api, "A", new OneWayRouteProps { RouteKey = "a", Integration = ExistingIntegration.FromResource(legacy) });
        _ = new OneWayRoute(f.Api, "B", new OneWayRouteProps { RouteKey = "b", Integration = ExistingIntegration.FromResource(legacy) });
        Assert.All(f.Api.Configuration.Routes, r => Assert.Equal("aws_apigatewayv2_integration.Legacy", r.Integration!.Address));
    }

    [Fact]
    public void A_route_on_an_integration_resource_of_another_api_created_here_is_an_error()
    {
        var stack = Stacks.New();
        var chat = new WebSocketApi(stack, "Chat", new WebSocketApiProps { Name = "chat" });
        var admin = new WebSocketApi(stack, "Admin", new WebSocketApiProps { Name = "admin" });
        var legacy = new Apigatewayv2Integration(stack, "Legacy", new Apigatewayv2IntegrationConfig { ApiId = chat.ApiId, IntegrationType = "HTTP_PROXY", IntegrationUri = "https://example.com", IntegrationMethod = "POST" });
        var error = Assert.Throws<WebSocketRuleException>(() => new OneWayRoute(admin, "Send", new OneWayRouteProps { RouteKey = "send", Integration = ExistingIntegration.FromResource(legacy) }));
        Assert.Equal("WSR111", error.Rule.Id);
        Assert.StartsWith("[test/Admin/Send] WSR111: The route targets aws_apigatewayv2_integration.Legacy, an integration of another API (aws_apigatewayv2_api.Chat_", error.Message);
    }

    [Fact]
    public void Reading_the_configuration_before_synthesis_does_not_repeat_warnings()
    {
        var f = new Fixture();
        var mock = new MockIntegration();
        var route = new OneWayRoute(f.Api, "Typing", new OneWayRouteProps { RouteKey = "typing", Integration = mock });
        _ = new IntegrationResponseSet(f.Api, "Responses", new IntegrationResponseSetProps { Integration = route.Integration, Responses = [new IntegrationResponse { Key = IntegrationResponseKey.Default }] });
        _ = f.Api.Configuration;
        _ = f.Synth();
        Assert.Single(Stacks.Warnings(f.Stack), w => w.StartsWith("WSR304: ", StringComparison.Ordinal));
    }
}
