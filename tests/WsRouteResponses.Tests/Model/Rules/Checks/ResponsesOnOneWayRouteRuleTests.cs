using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="ResponsesOnOneWayRouteRule"/> (WSR304) over Terraform JSON.</summary>
public sealed class ResponsesOnOneWayRouteRuleTests
{
    private const string IntegrationWithResponses = $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}},
        "aws_apigatewayv2_integration_response": {
          "ir": {"api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "$default"},
          "ir_error": {"api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "/5\\d\\d/"}
        }
        """;

    private static IReadOnlyList<string> Check(params string[] routes) =>
        Findings(new ResponsesOnOneWayRouteRule(), string.Join(",\n", [IntegrationWithResponses, .. routes]));

    private static string OneWay(string key) => $$$"""
        "aws_apigatewayv2_route": {"{{{key}}}": {"api_id": "{{{ApiId}}}", "route_key": "{{{key}}}", "target": "integrations/${aws_apigatewayv2_integration.i.id}"}}
        """;

    private static string TwoWay(string key, string routeId) => $$$"""
        "aws_apigatewayv2_route": {"{{{key}}}": {"api_id": "{{{ApiId}}}", "route_key": "{{{key}}}", "target": "integrations/${aws_apigatewayv2_integration.i.id}", "route_response_selection_expression": "$default"}},
        "aws_apigatewayv2_route_response": {"{{{key}}}": {"api_id": "{{{ApiId}}}", "route_id": "{{{routeId}}}", "route_response_key": "$default"}}
        """;

    [Fact]
    public void Responses_used_only_by_one_way_routes_are_warned_once() =>
        Assert.Equal(["aws_apigatewayv2_integration_response.ir: The integration's responses have no effect, as only one-way routes use it: ping, pong."], Check(OneWay("ping"), OneWay("pong")));

    [Fact]
    public void Responses_that_a_two_way_route_uses_pass() => Assert.Empty(Check(OneWay("ping"), TwoWay("pong", "${aws_apigatewayv2_route.pong.id}")));

    [Fact]
    public void Responses_of_an_integration_no_route_uses_are_not_judged() => Assert.Empty(Check());

    [Fact]
    public void A_route_response_whose_route_is_known_only_at_apply_hides_the_api() =>
        Assert.Empty(Check(OneWay("ping"), TwoWay("pong", "${var.route_id}")));

    [Fact]
    public void A_route_whose_route_response_key_is_known_only_at_apply_is_not_judged() =>
        Assert.Empty(Check(TwoWay("pong", "${aws_apigatewayv2_route.pong.id}").Replace("\"route_response_key\": \"$default\"", "\"route_response_key\": \"${var.key}\"", StringComparison.Ordinal)));

    // A $default route response without the selection expression may answer (AWS's sources disagree, WSR108):
    // the route is not judged one-way.
    [Fact]
    public void A_route_with_a_route_response_but_no_selection_expression_is_not_judged() =>
        Assert.Empty(Check(TwoWay("pong", "${aws_apigatewayv2_route.pong.id}")
            .Replace(", \"route_response_selection_expression\": \"$default\"", "", StringComparison.Ordinal)));

    [Fact]
    public void A_route_whose_only_route_response_has_another_key_is_one_way() =>
        Assert.Single(Check(TwoWay("pong", "${aws_apigatewayv2_route.pong.id}")
            .Replace("\"route_response_key\": \"$default\"", "\"route_response_key\": \"ok\"", StringComparison.Ordinal)));

    [Fact]
    public void A_route_whose_two_way_selection_is_known_only_at_apply_is_not_judged() =>
        Assert.Empty(Check(TwoWay("pong", "${aws_apigatewayv2_route.pong.id}").Replace("\"route_response_selection_expression\": \"$default\"", "\"route_response_selection_expression\": \"${var.selection}\"", StringComparison.Ordinal)));

    [Theory]
    [InlineData("AWS_PROXY")]
    [InlineData("HTTP_PROXY")]
    public void Responses_of_a_proxy_integration_are_left_to_WSR301(string type) =>
        Assert.Empty(Findings(new ResponsesOnOneWayRouteRule(), string.Join(",\n",
            IntegrationWithResponses.Replace("\"MOCK\"", $"\"{type}\"", StringComparison.Ordinal), OneWay("ping"))));

    [Fact]
    public void A_route_key_known_only_at_apply_is_shown_by_what_it_refers_to() =>
        Assert.Equal(["aws_apigatewayv2_integration_response.ir: The integration's responses have no effect, as only one-way routes use it: (var.route_key, known at apply)."],
            Check(OneWay("${var.route_key}").Replace("\"${var.route_key}\": {", "\"r\": {", StringComparison.Ordinal)));
}
