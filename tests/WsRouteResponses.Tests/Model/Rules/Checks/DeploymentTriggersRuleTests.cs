using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="DeploymentTriggersRule"/> (WSR507) over Terraform JSON.</summary>
public sealed class DeploymentTriggersRuleTests
{
    private const string All = "aws_apigatewayv2_integration.i, aws_apigatewayv2_integration_response.i, aws_apigatewayv2_route.r, aws_apigatewayv2_route_response.r";

    private const string MissesIntegrationResponse =
        "aws_apigatewayv2_deployment.d: The deployment's triggers do not cover aws_apigatewayv2_integration_response.i: a change to them never reaches the stage.";

    // autoDeploy: the JSON of auto_deploy, or null to leave it out.
    private static IReadOnlyList<string> Check(string? triggers, string? autoDeploy = "false", string stageDeployment = "${aws_apigatewayv2_deployment.d.id}", string more = "") =>
        Findings(new DeploymentTriggersRule(), $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}},
            "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "ping", "target": "integrations/${aws_apigatewayv2_integration.i.id}", "route_response_selection_expression": "$default"}},
            "aws_apigatewayv2_route_response": {"r": {"api_id": "{{{ApiId}}}", "route_id": "${aws_apigatewayv2_route.r.id}", "route_response_key": "$default"}},
            "aws_apigatewayv2_integration_response": {"i": {"api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "$default"}},
            "aws_apigatewayv2_deployment": {"d": {"api_id": "{{{ApiId}}}"{{{(triggers is null ? "" : ", \"triggers\": " + triggers)}}}}},
            "aws_apigatewayv2_stage": {"s": {"api_id": "{{{ApiId}}}", "name": "prod"{{{(autoDeploy is null ? "" : ", \"auto_deploy\": " + autoDeploy)}}}, "deployment_id": "{{{stageDeployment}}}"}}{{{more}}}
            """);

    private static string Redeployment(string addresses) => $$$"""{"redeployment": "${sha1(jsonencode([{{{addresses}}}]))}"}""";

    [Fact]
    public void Triggers_that_cover_everything_pass() => Assert.Empty(Check(Redeployment(All)));

    [Theory]
    [InlineData("${var.hash}")]
    [InlineData("${sha1(jsonencode([aws_apigatewayv2_route.r, local.rest]))}")]
    public void A_trigger_that_refers_to_what_is_known_only_at_apply_is_not_judged(string trigger) =>
        Assert.Empty(Check($$"""{"redeployment": "{{trigger}}"}"""));

    // A function alone covers no resource (nor does path.module or a file named data.json): the triggers
    // cover what the references name.
    [Theory]
    [InlineData("${timestamp()}")]
    [InlineData("""${filesha1(\"${path.module}/data.json\")}""")]
    public void A_trigger_of_functions_covers_nothing(string other) =>
        Assert.StartsWith("aws_apigatewayv2_deployment.d: The deployment's triggers do not cover aws_apigatewayv2_integration.i",
            Assert.Single(Check($$"""{"route": "${sha1(jsonencode([aws_apigatewayv2_route.r]))}", "at": "{{other}}"}""")));

    [Fact]
    public void Resources_of_another_api_need_no_trigger() => Assert.Empty(Check(Redeployment(All), more: """
        ,
        "aws_apigatewayv2_route": {"other": {"api_id": "abc123", "route_key": "pong"}}
        """));

    [Fact]
    public void Triggers_that_miss_the_integration_response_are_reported() =>
        Assert.Equal([MissesIntegrationResponse], Check(Redeployment("aws_apigatewayv2_integration.i, aws_apigatewayv2_route.r.id, aws_apigatewayv2_route_response.r")));

    [Fact]
    public void A_deployment_without_triggers_is_reported_with_all_it_deploys() =>
        Assert.Equal(["aws_apigatewayv2_deployment.d: The deployment's triggers do not cover aws_apigatewayv2_route.r, aws_apigatewayv2_integration.i, aws_apigatewayv2_route_response.r, aws_apigatewayv2_integration_response.i: a change to them never reaches the stage."],
            Check(null));

    [Fact]
    public void A_stage_that_deploys_automatically_is_not_judged() => Assert.Empty(Check(null, autoDeploy: "true"));

    [Fact]
    public void A_deployment_no_stage_uses_is_not_judged() => Assert.Empty(Check(null, stageDeployment: "${var.deployment_id}"));

    [Fact]
    public void Triggers_known_only_at_apply_are_not_judged() => Assert.Empty(Check("\"${var.triggers}\""));

    private static readonly string s_missingIntegrationResponse = Redeployment("aws_apigatewayv2_integration.i, aws_apigatewayv2_route.r, aws_apigatewayv2_route_response.r");

    // The provider's default is false: a stage without auto_deploy is deployed by its deployment alone.
    [Fact]
    public void A_stage_without_auto_deploy_is_judged() =>
        Assert.Equal([MissesIntegrationResponse], Check(s_missingIntegrationResponse, autoDeploy: null));

    // A stage with a deployment_id is deployed by hand whenever auto_deploy is not true: the popular module
    // writes local.is_http ? true : null, false for a WebSocket API (its bug is exactly this case).
    [Theory]
    [InlineData("\"${local.is_http ? true : null}\"")]
    [InlineData("\"${var.auto_deploy}\"")]
    public void A_stage_whose_auto_deploy_is_known_only_at_apply_is_judged(string autoDeploy) =>
        Assert.Equal([MissesIntegrationResponse], Check(s_missingIntegrationResponse, autoDeploy: autoDeploy));

    // The popular module writes try(aws_apigatewayv2_deployment.this[0].id, null): still that deployment.
    [Theory]
    [InlineData("${try(aws_apigatewayv2_deployment.d[0].id, null)}")]
    [InlineData("${var.auto ? null : aws_apigatewayv2_deployment.d.id}")]
    [InlineData("${local.is_http ? null : try(aws_apigatewayv2_deployment.d[0].id, null)}")]
    public void A_stage_deployment_given_by_an_expression_is_that_deployment(string stageDeployment) =>
        Assert.Equal([MissesIntegrationResponse], Check(s_missingIntegrationResponse, autoDeploy: null, stageDeployment: stageDeployment));

    [Fact]
    public void A_stage_deployment_naming_two_deployments_is_unknown() =>
        Assert.Empty(Check(s_missingIntegrationResponse, autoDeploy: null,
            stageDeployment: "${var.blue ? aws_apigatewayv2_deployment.d.id : aws_apigatewayv2_deployment.e.id}"));
}
