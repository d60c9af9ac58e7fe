using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Routes;

public sealed class TwoWayRouteTests
{
    [Fact]
    public void Creates_the_route_selection_expression_and_the_default_route_response_together()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "Echo", new TwoWayRouteProps { Api = f.Api, RouteKey = "echo", Integration = new LambdaProxyIntegration(Fixture.Handler) });

        var json = f.Synth();
        var (routeAddress, route) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_route");
        var response = Stacks.Single(json, "aws_apigatewayv2_route_response");
        Assert.Equal("$default", (string?)route["route_response_selection_expression"]);
        Assert.Equal("echo", (string?)route["route_key"]);
        Assert.Equal("$default", (string?)response["route_response_key"]);
        Assert.Equal($"${{{routeAddress}.id}}", (string?)response["route_id"]);
        Assert.Empty(Stacks.Resources(json, "aws_apigatewayv2_integration_response"));
    }

    [Fact]
    public void A_two_way_disconnect_route_is_a_warning()
    {
        var f = new Fixture();
        var route = new TwoWayRoute(f.Api, "Disconnect", new TwoWayRouteProps { Api = f.Api, RouteKey = "$disconnect", Integration = new LambdaProxyIntegration(Fixture.Handler) });
        Assert.Equal(
            ["WSR106: A two-way $disconnect route has no one to answer. Fix: make the $connect or $disconnect route a OneWayRoute: $connect answers the handshake with its integration's status (and headers, such as Sec-WebSocket-Protocol), $disconnect runs after the connection has closed."],
            Stacks.Warnings(route));
    }

    [Fact]
    public void Integration_responses_on_a_proxy_integration_are_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new TwoWayRoute(f.Api, "Echo", new TwoWayRouteProps
        {
            Api = f.Api,
            RouteKey = "echo",
            Integration = new LambdaProxyIntegration(Fixture.Handler),
            IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.Default }],
        }));
        Assert.Equal(
            "[test/Api/Echo/IntegrationResponses] WSR301: The integration is AWS_PROXY, which has no integration responses. " +
            "Fix: remove the integration responses (a proxy integration returns the backend's response as is), or use a non-proxy integration (LambdaIntegration, HttpIntegration) to transform the response.",
            error.Message);
        Assert.Equal("WSR301", error.Rule.Id);
        Assert.Equal("test/Api/Echo/IntegrationResponses", error.ConstructPath);
        Assert.Empty(f.Api.Routes); // checked before anything was created
    }

    [Fact]
    public void A_non_proxy_two_way_route_without_integration_responses_fails_synthesis()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps { Api = f.Api, RouteKey = "send", Integration = Fixture.Http() });
        var error = Assert.ThrowsAny<Exception>(() => f.Synth());
        Assert.Contains(
            "[test/Api/Send] WSR302: The route's integration is HTTP (non-proxy) and has no integration responses. " +
            "Fix: add IntegrationResponses with at least the catch-all IntegrationResponseKey.Default; without one, API Gateway sends nothing back on this two-way route.",
            error.Message);
    }

    [Fact]
    public void A_route_sharing_an_integration_whose_responses_a_later_route_defines_is_valid()
    {
        var f = new Fixture();
        var mock = new MockIntegration();
        _ = new TwoWayRoute(f.Api, "Ping2", new TwoWayRouteProps { Api = f.Api, RouteKey = "ping2", Integration = mock });
        _ = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = mock,
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "pong")],
        });
        Assert.Single(Stacks.Resources(f.Synth(), "aws_apigatewayv2_integration_response"));
    }

    [Fact]
    public void A_non_proxy_integration_shared_by_two_routes_takes_its_responses_once()
    {
        var f = new Fixture();
        var mock = new MockIntegration();
        _ = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = mock,
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "pong")],
        });
        _ = new TwoWayRoute(f.Api, "Ping2", new TwoWayRouteProps { Api = f.Api, RouteKey = "ping2", Integration = mock });

        var error = Assert.Throws<WebSocketRuleException>(() => new TwoWayRoute(f.Api, "Ping3", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping3", Integration = mock,
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "pong")],
        }));
        Assert.Equal(
            "[test/Api/Ping3/IntegrationResponses] WSR308: The integration already has integration responses, defined by test/Api/Ping/IntegrationResponses. " +
            "Fix: define an integration's responses once (on one TwoWayRoute or one IntegrationResponseSet); other routes sharing the integration use them as they are.",
            error.Message);
        Assert.Single(Stacks.Resources(f.Synth(), "aws_apigatewayv2_integration"));
    }

    [Fact]
    public void An_existing_non_proxy_integration_may_come_without_responses()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps { Api = f.Api, RouteKey = "send", Integration = ExistingIntegration.FromId("abc123", IntegrationType.Http) });

        var route = Stacks.Single(f.Synth(), "aws_apigatewayv2_route");
        Assert.Equal("integrations/abc123", (string?)route["target"]);
    }

    [Fact]
    public void Response_models_by_name_and_by_model_construct()
    {
        var f = new Fixture();
        var model = new WebSocketModel(f.Api, "Pong", new WebSocketModelProps { Api = f.Api, Name = "Pong", Schema = """{"type":"object"}""" });
        _ = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{}")],
            ResponseModels = new Dictionary<string, IWebSocketModel> { ["$default"] = model, ["error"] = WebSocketModel.FromName("Error") },
        });

        var json = f.Synth();
        var response = Stacks.Single(json, "aws_apigatewayv2_route_response");
        var (modelAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_model");
        Assert.Equal($"${{{modelAddress}.name}}", (string?)response["response_models"]!["$default"]);
        Assert.Equal("Error", (string?)response["response_models"]!["error"]);
        Assert.Null(response["model_selection_expression"]);
    }

    [Fact]
    public void A_route_response_model_selection_expression_is_a_warning_and_is_escaped_for_terraform()
    {
        var f = new Fixture();
        var route = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = new LambdaProxyIntegration(Fixture.Handler),
            ResponseModels = new Dictionary<string, IWebSocketModel> { ["$default"] = WebSocketModel.FromName("Pong") },
            ResponseModelSelectionExpression = "${request.body.kind}",
        });
        Assert.Equal(
            ["WSR107: The route response's model selection expression is \"${request.body.kind}\". " +
            "Fix: leave ResponseModelSelectionExpression unset: API Gateway documents RouteResponse.ModelSelectionExpression as currently unsupported, so it selects nothing; ResponseModels keyed $default still document the answer."],
            Stacks.Warnings(route));
        Assert.Equal("$${request.body.kind}", (string?)Stacks.Single(f.Synth(), "aws_apigatewayv2_route_response")["model_selection_expression"]);
    }
}
