using System.Text.Json.Nodes;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Api;

public sealed class WebSocketApiTests
{
    [Fact]
    public void Creates_a_websocket_api_selecting_routes_by_action()
    {
        var f = new Fixture();
        var api = Stacks.Single(f.Synth(), "aws_apigatewayv2_api");
        Assert.Equal("WEBSOCKET", (string?)api["protocol_type"]);
        Assert.Equal("$request.body.action", (string?)api["route_selection_expression"]);
        Assert.Equal("test", (string?)api["name"]);
    }

    [Fact]
    public void A_route_selection_expression_outside_the_body_is_an_error()
    {
        var stack = Stacks.New();
        var error = Assert.Throws<WebSocketRuleException>(() => new WebSocketApi(stack, "Api", new WebSocketApiProps { Name = "x", RouteSelectionExpression = "$request.method $request.path" }));
        Assert.Equal("[test/Api] WSR501: \"$request.method $request.path\" does not select from the message body. Fix: use $request.body.<json path>, e.g. the default $request.body.action.", error.Message);
    }

    [Fact]
    public void A_braced_route_selection_expression_is_escaped_for_terraform()
    {
        var stack = Stacks.New();
        _ = new WebSocketApi(stack, "Api", new WebSocketApiProps { Name = "x", RouteSelectionExpression = "${request.body.type}" });
        Assert.Equal("$${request.body.type}", (string?)Stacks.Single(Stacks.Synth(stack), "aws_apigatewayv2_api")["route_selection_expression"]);
    }

    [Fact]
    public void Attached_by_id_routes_use_the_literal_id_and_permissions_look_the_api_up()
    {
        var stack = Stacks.New();
        var api = WebSocketApi.FromApiId(stack, "Existing", "a1b2c3d4e5");
        _ = new OneWayRoute(api, "Connect", new OneWayRouteProps { Api = api, RouteKey = "$connect", Integration = new LambdaProxyIntegration(Fixture.Handler) });

        var json = Stacks.Synth(stack);
        Assert.Empty(Stacks.Resources(json, "aws_apigatewayv2_api"));
        Assert.Equal("a1b2c3d4e5", (string?)Stacks.Single(json, "aws_apigatewayv2_route")["api_id"]);
        var lookup = Assert.Single(JsonNode.Parse(json)!["data"]!["aws_apigatewayv2_api"]!.AsObject());
        Assert.Equal("a1b2c3d4e5", (string?)lookup.Value!["api_id"]);
        Assert.Equal($"${{data.aws_apigatewayv2_api.{lookup.Key}.execution_arn}}/*/$connect", (string?)Stacks.Single(json, "aws_lambda_permission")["source_arn"]);
    }

    [Fact]
    public void Attached_by_id_without_lambda_needs_no_lookup()
    {
        var stack = Stacks.New();
        var api = WebSocketApi.FromApiId(stack, "Existing", "a1b2c3d4e5");
        _ = new OneWayRoute(api, "Typing", new OneWayRouteProps { Api = api, RouteKey = "typing", Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://example.com" }) });
        Assert.Null(JsonNode.Parse(Stacks.Synth(stack))!["data"]);
    }

    [Fact]
    public void Attached_to_a_provider_resource_routes_reference_it()
    {
        var stack = Stacks.New();
        var resource = new Apigatewayv2Api(stack, "Handwritten", new Apigatewayv2ApiConfig { Name = "x", ProtocolType = "WEBSOCKET", RouteSelectionExpression = "$request.body.action" });
        var api = WebSocketApi.FromResource(stack, "Api", resource);
        _ = new OneWayRoute(api, "Typing", new OneWayRouteProps { Api = api, RouteKey = "typing", Integration = new MockIntegration() });

        Assert.Same(resource, api.Resource);
        Assert.Equal("${aws_apigatewayv2_api.Handwritten.id}", (string?)Stacks.Single(Stacks.Synth(stack), "aws_apigatewayv2_route")["api_id"]);
    }

    [Fact]
    public void The_routes_output_maps_keys_to_route_and_route_response_ids()
    {
        var f = new Fixture();
        _ = new OneWayRoute(f.Api, "Connect", new OneWayRouteProps { Api = f.Api, RouteKey = "$connect", Integration = new LambdaProxyIntegration(Fixture.Handler) });
        _ = new TwoWayRoute(f.Api, "Default", new TwoWayRouteProps { Api = f.Api, RouteKey = "$default", Integration = new LambdaProxyIntegration(Fixture.Handler) });

        var json = f.Synth();
        var output = Assert.Single(JsonNode.Parse(json)!["output"]!.AsObject()).Value!["value"]!;
        var routes = Stacks.Resources(json, "aws_apigatewayv2_route");
        var (responseAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_route_response");
        Assert.Equal(["$connect", "$default"], output.AsObject().Select(p => p.Key));
        Assert.Single(output["$connect"]!.AsObject());
        Assert.Equal($"${{{responseAddress}.id}}", (string?)output["$default"]!["route_response_id"]);
        Assert.Equal("$default", (string?)output["$default"]!["route_response_key"]);
        Assert.All(routes, r => Assert.Contains($"${{aws_apigatewayv2_route.{r.Key}.id}}", new[] { (string?)output["$connect"]!["route_id"], (string?)output["$default"]!["route_id"] }));
    }

    [Fact]
    public void Route_keys_in_the_routes_output_are_escaped_for_terraform()
    {
        var f = new Fixture();
        _ = new OneWayRoute(f.Api, "Say", new OneWayRouteProps { Api = f.Api, RouteKey = "say${name}", Integration = new MockIntegration() });
        var output = Assert.Single(JsonNode.Parse(f.Synth())!["output"]!.AsObject()).Value!["value"]!;
        Assert.Equal(["say$${name}"], output.AsObject().Select(p => p.Key));
        Assert.Equal("say$${name}", (string?)Stacks.Single(f.Synth(), "aws_apigatewayv2_route")["route_key"]);
    }

    [Fact]
    public void A_route_in_another_stack_than_its_api_is_an_error()
    {
        var app = Testing.App();
        var apiStack = new TerraformStack(app, "api");
        var otherStack = new TerraformStack(app, "other");
        var api = new WebSocketApi(apiStack, "Api", new WebSocketApiProps { Name = "x" });
        var error = Assert.Throws<ArgumentException>(() => new OneWayRoute(otherStack, "Typing", new OneWayRouteProps { Api = api, RouteKey = "typing", Integration = new MockIntegration() }));
        Assert.StartsWith("[other/Typing] is in stack \"other\" but its API api/Api is in stack \"api\"; create routes and integration responses in the API's stack.", error.Message);
    }

    [Fact]
    public void A_stage_in_another_stack_than_its_api_is_an_error()
    {
        var app = Testing.App();
        var api = new WebSocketApi(new TerraformStack(app, "api"), "Api", new WebSocketApiProps { Name = "x" });
        var error = Assert.Throws<ArgumentException>(() => new WebSocketStage(new TerraformStack(app, "other"), "Prod", new WebSocketStageProps { Api = api, StageName = "prod" }));
        Assert.StartsWith("[other/Prod] is in stack \"other\" but its API api/Api is in stack \"api\"", error.Message);
    }

    [Fact]
    public void The_routes_output_can_be_left_out()
    {
        var stack = Stacks.New();
        _ = new WebSocketApi(stack, "Api", new WebSocketApiProps { Name = "x", RoutesOutput = false });
        Assert.Null(JsonNode.Parse(Stacks.Synth(stack))!["output"]);
    }
}
