using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="HalfTwoWayRule"/> (WSR108) over Terraform JSON.</summary>
public sealed class HalfTwoWayRuleTests
{
    private static IReadOnlyList<string> Check(string? selection, string? responseKey, string routeId = "${aws_apigatewayv2_route.r.id}") =>
        Findings(new HalfTwoWayRule(), $$$"""
            "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "ping"{{{(selection is null ? "" : $", \"route_response_selection_expression\": \"{selection}\"")}}}}}
            {{{RouteResponse(routeId, responseKey)}}}
            """);

    private static string RouteResponse(string routeId, string? key) => key is null ? "" :
        $", \"aws_apigatewayv2_route_response\": {{\"rr\": {{\"api_id\": \"{ApiId}\", \"route_id\": \"{routeId}\", \"route_response_key\": \"{key}\"}}}}";

    [Theory]
    [InlineData("$default", "$default")]
    [InlineData(null, null)]
    [InlineData("${var.selection}", "$default")] // known only at apply: not judged
    [InlineData("$default", "${var.key}")]
    [InlineData("${var.selection}", "${var.key}")]
    public void Both_halves_or_neither_pass(string? selection, string? responseKey) => Assert.Empty(Check(selection, responseKey));

    [Fact]
    public void A_route_response_of_a_route_known_only_at_apply_skips_the_api() =>
        Assert.Empty(Check("$default", "$default", routeId: "${var.route_id}"));

    [Theory]
    [InlineData(null)]
    [InlineData("ok")]
    public void A_selection_expression_without_a_default_route_response_is_a_warning(string? responseKey) =>
        Assert.Equal(["aws_apigatewayv2_route.r: The route has route_response_selection_expression = \"$default\" but no $default route response: nothing defines an answer, so API Gateway sends none (the local runtime neither)."],
            Check("$default", responseKey));

    [Fact]
    public void A_default_route_response_without_a_selection_expression_is_a_warning_that_says_it_is_unconfirmed() =>
        Assert.Equal(["aws_apigatewayv2_route.r: The route has a $default route response but no route_response_selection_expression: whether API Gateway answers is unconfirmed (AWS's selection-expression table says two-way routes should have the expression; its route-response guide said a route with a route response is two-way). The local runtime answers, as the guide said."],
            Check(null, "$default"));

    [Fact]
    public void Half_a_two_way_route_never_blocks_a_deploy() => Assert.Equal(RuleSeverity.Warning, WsRouteResponses.Rules.HalfTwoWay.Severity);
}
