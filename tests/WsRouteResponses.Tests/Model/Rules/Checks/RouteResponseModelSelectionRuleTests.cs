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

    // Setting it at all is what AWS does not support: a value known only at apply is reported too.
    [Fact]
    public void A_selection_expression_known_only_at_apply_is_a_warning_too() =>
        Assert.Equal(["aws_apigatewayv2_route_response.rr: The route response sets a model selection expression (its value is known only at apply)."], Check("${var.selection}"));

    [Theory]
    [InlineData("$default")]
    [InlineData("$request.body.action")]
    public void A_selection_expression_is_a_warning(string selection) =>
        Assert.Equal([$"aws_apigatewayv2_route_response.rr: The route response's model selection expression is \"{selection}\"."], Check(selection));
}
