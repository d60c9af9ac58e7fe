using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="RouteSelectionExpressionRule"/> (WSR501) over Terraform JSON.</summary>
public sealed class RouteSelectionExpressionRuleTests
{
    // The API "b" beside RuleTester's "a" (which selects on $request.body.action): Terraform JSON merges the repeated type.
    private static IReadOnlyList<string> Check(string attributes) => Findings(new RouteSelectionExpressionRule(), $$$"""
        "aws_apigatewayv2_api": {"b": {"name": "b", {{{attributes}}}}}
        """);

    private static IReadOnlyList<string> CheckExpression(string expression) =>
        Check($$$"""
            "protocol_type": "WEBSOCKET", "route_selection_expression": "{{{expression}}}"
            """);

    [Theory]
    [InlineData("$request.body.action")]
    [InlineData("$request.body.a")]
    [InlineData("$${request.body.action}")]
    [InlineData("$${request.body.service}/$${request.body.action}")]
    [InlineData("$${request.body.version}-beta")] // the guide's example of braces with text around them
    [InlineData("${var.route_selection_expression}")] // known only at apply: not judged
    public void Expressions_on_the_message_body_pass(string expression) => Assert.Empty(CheckExpression(expression));

    [Theory]
    [InlineData("$request.method $request.path")]
    [InlineData("$request.header.action")]
    [InlineData("$request.body.")]
    [InlineData("action")]
    public void Expressions_not_on_the_message_body_are_refused(string expression) =>
        Assert.Equal([$"aws_apigatewayv2_api.b: \"{expression}\" does not select from the message body."], CheckExpression(expression));

    [Fact]
    public void An_empty_braced_body_path_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_api.b: \"${request.body.}\" does not select from the message body."], CheckExpression("$${request.body.}"));

    [Fact]
    public void A_websocket_api_without_an_expression_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_api.b: The WebSocket API has no route_selection_expression, so the provider's default, the HTTP one \"$request.method $request.path\", applies."],
            Check("\"protocol_type\": \"WEBSOCKET\""));

    [Fact]
    public void An_http_api_is_not_judged() =>
        Assert.Empty(Check("\"protocol_type\": \"HTTP\", \"route_selection_expression\": \"$request.method $request.path\""));

    [Fact]
    public void An_api_whose_protocol_is_known_only_at_apply_is_not_judged() =>
        Assert.Empty(Check("\"protocol_type\": \"${var.protocol_type}\""));

    [Fact]
    public void An_api_attached_by_id_is_not_judged() => Assert.Empty(Findings(new RouteSelectionExpressionRule(), """
        "aws_apigatewayv2_route": {"r": {"api_id": "abc123", "route_key": "ping"}}
        """));
}
