using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="RouteWithoutTargetRule"/> (WSR112) over Terraform JSON.</summary>
public sealed class RouteWithoutTargetRuleTests
{
    private static IReadOnlyList<string> Check(string? target) => Findings(new RouteWithoutTargetRule(), $$$"""
        "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "ping"{{{(target is null ? "" : $", \"target\": \"{target}\"")}}}}}
        """);

    [Theory]
    [InlineData("integrations/${aws_apigatewayv2_integration.i.id}")]
    [InlineData("integrations/abc123")]
    [InlineData("${var.target}")] // known only at apply: not judged
    public void A_route_with_a_target_passes(string target) => Assert.Empty(Check(target));

    [Fact]
    public void A_route_without_a_target_is_a_warning() =>
        Assert.Equal(["aws_apigatewayv2_route.r: The route has no target: CreateRoute allows that, but AWS documents nothing such a route does with a message (no backend is called, no answer is defined)."],
            Check(null));
}
