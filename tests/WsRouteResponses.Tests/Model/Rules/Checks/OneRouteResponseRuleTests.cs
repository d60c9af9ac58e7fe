using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="OneRouteResponseRule"/> (WSR110) over Terraform JSON.</summary>
public sealed class OneRouteResponseRuleTests
{
    private static IReadOnlyList<string> Check(params string[] routeIds) => Findings(new OneRouteResponseRule(), $$$"""
        "aws_apigatewayv2_route_response": {{{{string.Join(", ", routeIds.Select((id, i) => $"\"rr{i}\": {{\"api_id\": \"{ApiId}\", \"route_id\": \"{id}\", \"route_response_key\": \"$default\"}}"))}}}}
        """);

    [Theory]
    [InlineData("${aws_apigatewayv2_route.r.id}")]
    [InlineData("${aws_apigatewayv2_route.r.id}", "${aws_apigatewayv2_route.s.id}")]
    [InlineData("${var.route_id}", "${var.route_id}")] // known only at apply: not judged
    public void One_route_response_per_route_passes(params string[] routeIds) => Assert.Empty(Check(routeIds));

    [Fact]
    public void A_second_route_response_is_reported_on_the_later_one() =>
        Assert.Equal(["aws_apigatewayv2_route_response.rr1: The route already has the route response aws_apigatewayv2_route_response.rr0."],
            Check("${aws_apigatewayv2_route.r.id}", "${aws_apigatewayv2_route.r.id}"));

    [Fact]
    public void Each_extra_route_response_names_the_first() =>
        Assert.Equal(
        [
            "aws_apigatewayv2_route_response.rr1: The route already has the route response aws_apigatewayv2_route_response.rr0.",
            "aws_apigatewayv2_route_response.rr2: The route already has the route response aws_apigatewayv2_route_response.rr0.",
        ], Check("${aws_apigatewayv2_route.r.id}", "${aws_apigatewayv2_route.r.id}", "${aws_apigatewayv2_route.r.id}"));

    [Fact]
    public void Route_responses_under_two_conditions_that_may_exclude_each_other_are_not_two() =>
        Assert.Empty(Findings(new OneRouteResponseRule(), $$$"""
            "aws_apigatewayv2_route_response": {
              "rr0": {"api_id": "{{{ApiId}}}", "route_id": "${aws_apigatewayv2_route.r.id}", "route_response_key": "$default", "count": "${var.a ? 1 : 0}"},
              "rr1": {"api_id": "{{{ApiId}}}", "route_id": "${aws_apigatewayv2_route.r.id}", "route_response_key": "$default", "for_each": "${var.extra}"}
            }
            """));
}
