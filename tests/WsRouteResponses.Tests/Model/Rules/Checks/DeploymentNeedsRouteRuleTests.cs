using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="DeploymentNeedsRouteRule"/> (WSR503) over Terraform JSON.</summary>
public sealed class DeploymentNeedsRouteRuleTests
{
    private static string Deployment(string apiId = ApiId) => $$$"""
        "aws_apigatewayv2_deployment": {"d": {"api_id": "{{{apiId}}}"}}
        """;

    private static string Stage(string name) => $$$"""
        "aws_apigatewayv2_stage": {"s": {"api_id": "{{{ApiId}}}", "name": "{{{name}}}", "deployment_id": "${aws_apigatewayv2_deployment.d.id}"}}
        """;

    private static string Route(string apiId) => $$$"""
        "aws_apigatewayv2_route": {"r": {"api_id": "{{{apiId}}}", "route_key": "ping"}}
        """;

    private static IReadOnlyList<string> Check(params string[] resources) => Findings(new DeploymentNeedsRouteRule(), string.Join(",\n", resources));

    [Fact]
    public void A_deployment_of_an_api_with_a_route_passes() => Assert.Empty(Check(Deployment(), Stage("prod"), Route(ApiId)));

    [Fact]
    public void A_deployment_of_an_api_without_routes_is_refused_naming_its_stage() =>
        Assert.Equal(["aws_apigatewayv2_deployment.d: Stage \"prod\" deploys an API without routes."], Check(Deployment(), Stage("prod")));

    [Fact]
    public void A_route_of_another_api_does_not_count() =>
        Assert.Equal(["aws_apigatewayv2_deployment.d: Stage \"prod\" deploys an API without routes."], Check(Deployment(), Stage("prod"), Route("abc123")));

    [Fact]
    public void A_deployment_without_a_stage_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_deployment.d: The deployment deploys an API without routes."], Check(Deployment()));

    [Fact]
    public void A_stage_name_known_only_at_apply_is_left_out_of_the_message() =>
        Assert.Equal(["aws_apigatewayv2_deployment.d: The deployment deploys an API without routes."], Check(Deployment(), Stage("${var.stage_name}")));

    [Theory]
    [InlineData("abc123")] // an existing API: its routes may exist only in AWS
    [InlineData("${var.api_id}")] // known only at apply: not judged
    public void A_deployment_of_an_api_not_created_here_is_not_judged(string apiId) => Assert.Empty(Check(Deployment(apiId)));
}
