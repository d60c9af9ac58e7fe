using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="RouteResponseKeyRule"/> (WSR109) over Terraform JSON.</summary>
public sealed class RouteResponseKeyRuleTests
{
    private static IReadOnlyList<string> Check(string key) => Findings(new RouteResponseKeyRule(), $$$"""
        "aws_apigatewayv2_route_response": {"rr": {"api_id": "{{{ApiId}}}", "route_id": "${aws_apigatewayv2_route.r.id}", "route_response_key": "{{{key}}}"}}
        """);

    [Theory]
    [InlineData("$default")]
    [InlineData("${var.route_response_key}")] // known only at apply: not judged
    public void The_default_key_passes(string key) => Assert.Empty(Check(key));

    [Theory]
    [InlineData("ok")]
    [InlineData("default")]
    [InlineData("$connect")]
    public void Any_other_key_is_refused(string key) =>
        Assert.Equal([$"aws_apigatewayv2_route_response.rr: The route response key is \"{key}\"; WebSocket APIs accept only $default."], Check(key));
}
