using System.Text.Json.Nodes;
using WsRouteResponses.Api;
using WsRouteResponses.Integrations;
using WsRouteResponses.Responses;
using WsRouteResponses.Routes;
using WsRouteResponses.Tests.Support;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Tests.Api;

public sealed class WebSocketStageTests
{
    [Fact]
    public void The_deployment_trigger_covers_every_route_integration_and_response_added_before_or_after_the_stage()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "Before", new TwoWayRouteProps { Api = f.Api, RouteKey = "before", Integration = new LambdaProxyIntegration(Fixture.Handler) });
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod" });
        _ = new TwoWayRoute(f.Api, "After", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "after", Integration = Fixture.Http(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(2), "ok"), IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "error")],
        });

        var json = f.Synth();
        var deployment = Stacks.Single(json, "aws_apigatewayv2_deployment");
        var trigger = (string)deployment["triggers"]!["redeployment"]!;
        var deployables = Stacks.Addresses(json).Where(a => a.StartsWith("aws_apigatewayv2_route", StringComparison.Ordinal) || a.StartsWith("aws_apigatewayv2_integration", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, deployables.Count); // 2 routes, 2 route responses, 2 integrations, 2 integration responses
        Assert.StartsWith("${sha1(jsonencode([", trigger);
        Assert.EndsWith("]))}", trigger);
        var hashed = trigger["${sha1(jsonencode([".Length..^"]))}".Length].Split(", ");
        Assert.Equal(deployables.Order(StringComparer.Ordinal), hashed.Order(StringComparer.Ordinal));
        Assert.True((bool?)deployment["lifecycle"]!["create_before_destroy"]);

        var (deploymentAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_deployment");
        var stage = Stacks.Single(json, "aws_apigatewayv2_stage");
        Assert.Equal($"${{{deploymentAddress}.id}}", (string?)stage["deployment_id"]);
        Assert.Equal("prod", (string?)stage["name"]);
        Assert.Null(stage["auto_deploy"]);
    }

    [Fact]
    public void Auto_deploy_needs_no_deployment()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Dev", new WebSocketStageProps
        {
            Api = f.Api, StageName = "dev", AutoDeploy = true, ThrottlingRateLimit = 100, ThrottlingBurstLimit = 50,
            LoggingLevel = StageLoggingLevel.Info, DataTraceEnabled = true, DetailedMetricsEnabled = false,
        });
        var json = f.Synth();
        Assert.Empty(Stacks.Resources(json, "aws_apigatewayv2_deployment"));
        var stage = Stacks.Single(json, "aws_apigatewayv2_stage");
        Assert.True((bool?)stage["auto_deploy"]);
        Assert.Equal(100, (double?)stage["default_route_settings"]!["throttling_rate_limit"]);
        Assert.Equal(50, (double?)stage["default_route_settings"]!["throttling_burst_limit"]);
        Assert.Equal("INFO", (string?)stage["default_route_settings"]!["logging_level"]);
        Assert.True((bool?)stage["default_route_settings"]!["data_trace_enabled"]);
        Assert.False((bool?)stage["default_route_settings"]!["detailed_metrics_enabled"]);
    }

    [Fact]
    public void A_deployed_stage_of_an_api_without_routes_fails_synthesis()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod" });
        var error = Assert.ThrowsAny<Exception>(() => f.Synth());
        Assert.Contains("[test/Api/Prod] WSR503: Stage \"prod\" deploys an API without routes. Fix: add a route to the API before deploying a stage, or set AutoDeploy = true.", error.Message);
    }

    [Fact]
    public void Stage_11_is_an_error()
    {
        var f = new Fixture();
        for (var i = 0; i < 10; i++) _ = new WebSocketStage(f.Api, $"S{i}", new WebSocketStageProps { Api = f.Api, StageName = $"s{i}", AutoDeploy = true, UrlOutput = false });
        var error = Assert.Throws<WebSocketRuleException>(() => new WebSocketStage(f.Api, "S10", new WebSocketStageProps { Api = f.Api, StageName = "s10", AutoDeploy = true }));
        Assert.Equal("[test/Api/S10] WSR504: This would be stage 11 of the API; the quota is 10. Fix: use at most 10 stages per API (an AWS quota); split environments over several APIs.", error.Message);
    }

    [Fact]
    public void The_url_output_is_the_stage_invoke_url()
    {
        var f = new Fixture();
        _ = new OneWayRoute(f.Api, "Typing", new OneWayRouteProps { Api = f.Api, RouteKey = "typing", Integration = new MockIntegration() });
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod" });
        var json = f.Synth();
        var (stageAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_stage");
        var outputs = JsonNode.Parse(json)!["output"]!.AsObject();
        Assert.Contains(outputs, o => (string?)o.Value!["value"] == $"${{{stageAddress}.invoke_url}}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(129)]
    public void A_stage_name_outside_1_to_128_characters_is_an_error(int length)
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = new string('s', length) }));
        Assert.Equal($"[test/Api/Prod] WSR502: The stage name has {length} characters. Fix: name the stage with 1 to 128 characters, e.g. \"prod\".", error.Message);
    }
}
