using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="RouteResponseModelSelectionRule"/> (WSR107) over Terraform JSON.</summary>
public sealed class RouteResponseModelSelectionRuleTests
{
    private static IReadOnlyList<string> Check(string? selection) => Findings(new RouteResponseModelSelectionRule(), $$$"""
        "aws_apigatewayv2_route_response": {"rr": {"api_id": "{{{ApiId}}}", "route_id": "${aws_apigatewayv2_route.r.id}", "route_response_key": "$default",
          "response_models": {"$default": "Pong"}{{{(selection is null ? "" : $", \"model_selection_expression\": \"{selection}\"")}}}}}
        """);

    [Fact]
    public void Response_models_without_a_selection_expression_pass() => Assert.Empty(Check(null));

    // A variable or expression may well be null (the attribute is then unset): not judged.
    [Theory]
    [InlineData("${var.model_selection_expression}")]
    [InlineData("${each.value.route_response.model_selection_expression}")]
    public void A_selection_expression_known_only_at_apply_is_not_judged(string selection) => Assert.Empty(Check(selection));

    [Theory]
    [InlineData("$default")]
    [InlineData("$request.body.action")]
    public void A_selection_expression_is_a_warning(string selection) =>
        Assert.Equal([$"aws_apigatewayv2_route_response.rr: The route response's model selection expression is \"{selection}\"."], Check(selection));
}
