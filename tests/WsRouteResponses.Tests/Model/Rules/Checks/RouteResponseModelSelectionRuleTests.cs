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

    [Theory]
    [InlineData(null)]
    [InlineData("${var.selection}")] // known only at apply: not judged
    public void Response_models_without_a_known_selection_expression_pass(string? selection) => Assert.Empty(Check(selection));

    [Theory]
    [InlineData("$default")]
    [InlineData("$request.body.action")]
    public void A_selection_expression_is_a_warning(string selection) =>
        Assert.Equal([$"aws_apigatewayv2_route_response.rr: The route response's model selection expression is \"{selection}\"."], Check(selection));
}
