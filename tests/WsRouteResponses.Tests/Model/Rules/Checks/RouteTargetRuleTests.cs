using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="RouteTargetRule"/> (WSR111) over Terraform JSON.</summary>
public sealed class RouteTargetRuleTests
{
    private static IReadOnlyList<string> Check(string target) => Findings(new RouteTargetRule(), $$$"""
        "aws_apigatewayv2_api": {"b": {"name": "b", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
        "aws_apigatewayv2_integration": {
          "own": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"},
          "other": {"api_id": "${aws_apigatewayv2_api.b.id}", "integration_type": "MOCK"}
        },
        "aws_lambda_function": {"f": {"function_name": "f", "role": "r"}},
        "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "ping", "target": "{{{target}}}"}}
        """);

    [Theory]
    [InlineData("integrations/${aws_apigatewayv2_integration.own.id}")]
    [InlineData("integrations/abc123")] // an integration that exists only in AWS
    [InlineData("integrations/${var.integration_id}")] // known only at apply: not judged
    [InlineData("${var.target}")]
    public void A_target_of_an_integration_of_the_same_API_or_unknown_passes(string target) => Assert.Empty(Check(target));

    [Fact]
    public void A_target_of_another_resource_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_route.r: The route targets aws_lambda_function.f, which is not an integration."],
            Check("integrations/${aws_lambda_function.f.id}"));

    [Fact]
    public void A_target_of_another_APIs_integration_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_route.r: The route targets aws_apigatewayv2_integration.other, an integration of another API (aws_apigatewayv2_api.b)."],
            Check("integrations/${aws_apigatewayv2_integration.other.id}"));

    [Fact]
    public void A_route_of_an_API_known_only_at_apply_is_not_judged() =>
        Assert.Empty(Findings(new RouteTargetRule(), $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}},
            "aws_apigatewayv2_route": {"r": {"api_id": "${var.api_id}", "route_key": "ping", "target": "integrations/${aws_apigatewayv2_integration.i.id}"}}
            """));
}
