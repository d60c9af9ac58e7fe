using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="TwoWayNeedsResponsesRule"/> (WSR302) over Terraform JSON.</summary>
public sealed class TwoWayNeedsResponsesRuleTests
{
    private const string OneWayRoute = $$$"""
        "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "ping", "target": "integrations/${aws_apigatewayv2_integration.i.id}"}}
        """;

    private static IReadOnlyList<string> Check(params string[] resources) => Findings(new TwoWayNeedsResponsesRule(), string.Join(",\n", resources));

    private static string Integration(string type) => $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "{{{type}}}"}}
        """;

    private static string TwoWayRoute(string selection = "$default") => $$$"""
        "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "ping", "target": "integrations/${aws_apigatewayv2_integration.i.id}", "route_response_selection_expression": "{{{selection}}}"}},
        "aws_apigatewayv2_route_response": {"r": {"api_id": "{{{ApiId}}}", "route_id": "${aws_apigatewayv2_route.r.id}", "route_response_key": "$default"}}
        """;

    private static string Response(string integrationId) => $$$"""
        "aws_apigatewayv2_integration_response": {"ir": {"api_id": "{{{ApiId}}}", "integration_id": "{{{integrationId}}}", "integration_response_key": "$default"}}
        """;

    [Theory]
    [InlineData("AWS")]
    [InlineData("HTTP")]
    [InlineData("MOCK")]
    public void A_two_way_route_on_a_non_proxy_integration_without_responses_is_refused(string type) =>
        Assert.Equal([$"aws_apigatewayv2_route.r: The route's integration is {type} (non-proxy) and has no integration responses."], Check(Integration(type), TwoWayRoute()));

    [Fact]
    public void A_two_way_route_whose_integration_has_a_response_passes() =>
        Assert.Empty(Check(Integration("MOCK"), TwoWayRoute(), Response("${aws_apigatewayv2_integration.i.id}")));

    [Theory]
    [InlineData("AWS_PROXY")]
    [InlineData("HTTP_PROXY")]
    [InlineData("${var.integration_type}")] // known only at apply: not judged
    public void A_two_way_route_on_a_proxy_integration_passes(string type) => Assert.Empty(Check(Integration(type), TwoWayRoute()));

    [Fact]
    public void A_one_way_route_passes() => Assert.Empty(Check(Integration("MOCK"), OneWayRoute));

    [Fact]
    public void A_selection_expression_known_only_at_apply_is_not_judged() =>
        Assert.Empty(Check(Integration("MOCK"), TwoWayRoute("${var.selection}")));

    [Fact]
    public void A_response_of_the_api_whose_integration_is_known_only_at_apply_hides_the_api() =>
        Assert.Empty(Check(Integration("MOCK"), TwoWayRoute(), Response("${var.integration_id}")));
}
