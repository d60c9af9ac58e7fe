using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Routes;

/// <summary>The rules and behaviour both route kinds share.</summary>
public sealed class WebSocketRouteTests
{
    private static OneWayRoute OneWay(Fixture f, string id, string key, WebSocketIntegration? integration = null) =>
        new(f.Api, id, new OneWayRouteProps { Api = f.Api, RouteKey = key, Integration = integration ?? new LambdaProxyIntegration(Fixture.Handler) });

    [Theory]
    [InlineData("$connect")]
    [InlineData("$disconnect")]
    [InlineData("$default")]
    [InlineData("sendmessage")]
    public void Reserved_and_custom_route_keys_are_accepted(string key)
    {
        var f = new Fixture();
        _ = OneWay(f, "Route", key);
        Assert.Equal(key, (string?)Stacks.Single(f.Synth(), "aws_apigatewayv2_route")["route_key"]);
    }

    [Fact]
    public void A_custom_route_key_starting_with_dollar_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => OneWay(f, "Send", "$send"));
        Assert.Equal(
            "[test/Api/Send] WSR101: \"$send\" starts with '$' but is not one of the reserved keys $connect, $disconnect, $default. " +
            "Fix: use $connect, $disconnect or $default, or a custom key without a leading '$' (it is matched against the value the route selection expression picks, e.g. \"sendmessage\").",
            error.Message);
    }

    [Fact]
    public void An_empty_route_key_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => OneWay(f, "Send", " "));
        Assert.StartsWith("[test/Api/Send] WSR101: The route key is empty. Fix: ", error.Message);
    }

    [Fact]
    public void A_route_key_that_is_a_token_is_not_checked()
    {
        var f = new Fixture();
        var key = new TerraformVariable(f.Stack, "route_key", new TerraformVariableConfig { Type = "string" }).StringValue;
        _ = OneWay(f, "Send", key);
        Assert.Equal("${var.route_key}", (string?)Stacks.Single(f.Synth(), "aws_apigatewayv2_route")["route_key"]);
    }

    [Fact]
    public void A_duplicate_route_key_is_an_error()
    {
        var f = new Fixture();
        _ = OneWay(f, "First", "send");
        var error = Assert.Throws<WebSocketRuleException>(() => OneWay(f, "Second", "send"));
        Assert.Equal(
            "[test/Api/Second] WSR102: Route key \"send\" is already used by test/Api/First. " +
            "Fix: give each route of an API its own route key; to answer one key in two ways use integration responses or a template selection expression.",
            error.Message);
    }

    [Theory]
    [InlineData(RouteAuthorization.AwsIam, null, false, "authorization_type = AWS_IAM")]
    [InlineData(null, null, true, "api_key_required = true")]
    [InlineData(RouteAuthorization.Custom, "auth123", true, "authorization_type = CUSTOM, authorizer_id, api_key_required = true")]
    public void Authorization_outside_connect_is_an_error(RouteAuthorization? authorization, string? authorizerId, bool apiKeyRequired, string what)
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new OneWayRoute(f.Api, "Send", new OneWayRouteProps
        {
            Api = f.Api, RouteKey = "send", Integration = new LambdaProxyIntegration(Fixture.Handler),
            Authorization = authorization, AuthorizerId = authorizerId, ApiKeyRequired = apiKeyRequired,
        }));
        Assert.Equal(
            $"[test/Api/Send] WSR103: Route \"send\" sets {what}, which API Gateway applies only on $connect. " +
            "Fix: set Authorization, AuthorizerId and ApiKeyRequired only on the $connect route: a WebSocket connection is authorized once, when it opens.",
            error.Message);
    }

    [Theory]
    [InlineData(RouteAuthorization.Custom, null, "authorization_type is CUSTOM but no authorizer_id is given.")]
    [InlineData(RouteAuthorization.AwsIam, "auth123", "authorizer_id is given but authorization_type is AWS_IAM.")]
    [InlineData(null, "auth123", "authorizer_id is given but authorization_type is unset.")]
    public void Custom_authorization_and_authorizer_id_go_together(RouteAuthorization? authorization, string? authorizerId, string problem)
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new OneWayRoute(f.Api, "Connect", new OneWayRouteProps
        {
            Api = f.Api, RouteKey = "$connect", Integration = new LambdaProxyIntegration(Fixture.Handler),
            Authorization = authorization, AuthorizerId = authorizerId,
        }));
        Assert.Equal(
            $"[test/Api/Connect] WSR105: {problem} Fix: set Authorization = RouteAuthorization.Custom together with AuthorizerId (the id of an aws_apigatewayv2_authorizer), or neither.",
            error.Message);
    }

    [Fact]
    public void Authorization_on_connect_is_written()
    {
        var f = new Fixture();
        _ = new OneWayRoute(f.Api, "Connect", new OneWayRouteProps
        {
            Api = f.Api, RouteKey = "$connect", Integration = new LambdaProxyIntegration(Fixture.Handler),
            Authorization = RouteAuthorization.Custom, AuthorizerId = "auth123", ApiKeyRequired = true,
            OperationName = "Connect",
        });
        var route = Stacks.Single(f.Synth(), "aws_apigatewayv2_route");
        Assert.Equal("CUSTOM", (string?)route["authorization_type"]);
        Assert.Equal("auth123", (string?)route["authorizer_id"]);
        Assert.True((bool?)route["api_key_required"]);
        Assert.Equal("Connect", (string?)route["operation_name"]);
    }

    [Fact]
    public void Route_301_is_a_warning_as_the_quota_is_adjustable()
    {
        var f = new Fixture();
        var mock = ExistingIntegration.FromId("mock1", IntegrationType.Mock);
        for (var i = 0; i < 301; i++) _ = OneWay(f, $"R{i}", $"r{i}", mock);
        Assert.Equal(
            ["WSR104: This is route 301 of the API; AWS's default quota is 300. " +
            "Fix: split the routes over several APIs or route several actions to one route; if your account's quota was raised (Service Quotas, adjustable), declare it: Quotas = new WebSocketQuotas { Routes = n } on the API."],
            Stacks.Warnings(f.Stack));
        Assert.Equal(301, Stacks.Resources(f.Synth(), "aws_apigatewayv2_route").Count);
    }

    [Fact]
    public void A_declared_raised_route_quota_moves_the_warning()
    {
        var stack = Stacks.New();
        var api = new WebSocketApi(stack, "Api", new WebSocketApiProps { Name = "test", Quotas = new WebSocketQuotas { Routes = 2 } });
        var mock = ExistingIntegration.FromId("mock1", IntegrationType.Mock);
        for (var i = 0; i < 3; i++) _ = new OneWayRoute(api, $"R{i}", new OneWayRouteProps { Api = api, RouteKey = $"r{i}", Integration = mock });
        Assert.StartsWith("WSR104: This is route 3 of the API; its declared quota is 2. Fix: ", Assert.Single(Stacks.Warnings(stack)));
    }

    [Fact]
    public void Integration_301_is_a_warning_counting_integrations_that_only_have_responses()
    {
        var f = new Fixture();
        for (var i = 0; i < 300; i++) _ = OneWay(f, $"R{i}", $"r{i}", ExistingIntegration.FromId($"i{i}", IntegrationType.Mock));
        Assert.Empty(Stacks.Warnings(f.Stack));
        var set = new IntegrationResponseSet(f.Api, "Extra", new IntegrationResponseSetProps
        {
            Api = f.Api,
            Integration = new IntegrationReference("i300", IntegrationType.Mock),
            Responses = [new IntegrationResponse { Key = IntegrationResponseKey.Default }],
        });
        Assert.Equal(
            ["WSR202: This is integration 301 of the API; AWS's default quota is 300. " +
            "Fix: share integrations between routes (pass the same integration object) or split the API; if your account's quota was raised (AWS Support, adjustable), declare it: Quotas = new WebSocketQuotas { Integrations = n } on the API."],
            Stacks.Warnings(set));
    }

    [Fact]
    public void A_one_way_route_has_no_route_response_and_no_selection_expression()
    {
        var f = new Fixture();
        _ = OneWay(f, "Typing", "typing");
        var json = f.Synth();
        Assert.Null(Stacks.Single(json, "aws_apigatewayv2_route")["route_response_selection_expression"]);
        Assert.Empty(Stacks.Resources(json, "aws_apigatewayv2_route_response"));
    }

    [Fact]
    public void Adding_a_route_keeps_every_existing_terraform_address()
    {
        static string Build(bool withExtraRoute)
        {
            var f = new Fixture();
            var lambda = new LambdaProxyIntegration(Fixture.Handler);
            _ = OneWay(f, "Connect", "$connect", lambda);
            if (withExtraRoute)
                _ = new TwoWayRoute(f.Api, "Extra", new TwoWayRouteProps
                {
                    Api = f.Api, RouteKey = "extra", Integration = new MockIntegration(),
                    IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{}")],
                });
            _ = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps
            {
                Api = f.Api, RouteKey = "send", Integration = Fixture.Http(),
                IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(2), "ok"), IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "error")],
            });
            _ = new WsRouteResponses.WebSocketStage(f.Api, "Prod", new WsRouteResponses.WebSocketStageProps { Api = f.Api, StageName = "prod" });
            return f.Synth();
        }

        var before = Stacks.Addresses(Build(withExtraRoute: false));
        var after = Stacks.Addresses(Build(withExtraRoute: true));
        Assert.Empty(before.Except(after));
        // Only the new route's own resources are new: route, route response, integration, integration response.
        Assert.Equal(
            ["aws_apigatewayv2_integration", "aws_apigatewayv2_integration_response", "aws_apigatewayv2_route", "aws_apigatewayv2_route_response"],
            after.Except(before).Select(a => a.Split('.')[0]).Order(StringComparer.Ordinal));
        Assert.All(after.Except(before), a => Assert.Contains("_Extra_", a));
    }

    [Fact]
    public void Synthesizing_twice_gives_identical_json()
    {
        var first = new ChatApi.ChatStack(Testing.App(), "chat-api");
        var second = new ChatApi.ChatStack(Testing.App(), "chat-api");
        Assert.Equal(Stacks.Synth(first), Stacks.Synth(second));
    }
}
