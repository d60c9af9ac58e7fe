using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="RouteKeyRule"/> (WSR101) over Terraform JSON.</summary>
public sealed class RouteKeyRuleTests
{
    private static IReadOnlyList<string> Check(string routeKey) => Findings(new RouteKeyRule(), $$$"""
        "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "{{{routeKey}}}"}}
        """);

    [Theory]
    [InlineData("$connect")]
    [InlineData("$disconnect")]
    [InlineData("$default")]
    [InlineData("sendmessage")]
    [InlineData("${var.route_key}")] // known only at apply: not judged
    public void Reserved_and_custom_keys_pass(string routeKey) => Assert.Empty(Check(routeKey));

    [Fact]
    public void A_custom_key_with_a_leading_dollar_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_route.r: \"$ping\" starts with '$' but is not one of the reserved keys $connect, $disconnect, $default."], Check("$ping"));

    [Fact]
    public void An_empty_key_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_route.r: The route key is empty."], Check(" "));
}
