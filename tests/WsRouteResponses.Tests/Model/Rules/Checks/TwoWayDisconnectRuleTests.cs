using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="TwoWayDisconnectRule"/> (WSR106) over Terraform JSON.</summary>
public sealed class TwoWayDisconnectRuleTests
{
    private static IReadOnlyList<string> Check(string routeKey, string? selection) => Findings(new TwoWayDisconnectRule(), $$$"""
        "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "{{{routeKey}}}"{{{(selection is null ? "" : $", \"route_response_selection_expression\": \"{selection}\"")}}}}}
        """);

    [Theory]
    [InlineData("$disconnect", null)]
    [InlineData("$connect", null)]
    [InlineData("ping", "$default")]
    [InlineData("$disconnect", "${var.selection}")] // known only at apply: not judged
    [InlineData("${var.route_key}", "$default")] // known only at apply: not judged
    public void A_one_way_disconnect_or_another_two_way_route_passes(string routeKey, string? selection) =>
        Assert.Empty(Check(routeKey, selection));

    [Fact]
    public void A_two_way_disconnect_is_a_warning() =>
        Assert.Equal(["aws_apigatewayv2_route.r: A two-way $disconnect route has no one to answer."], Check("$disconnect", "$default"));

    [Fact]
    public void A_two_way_connect_is_a_warning_that_says_it_is_unconfirmed() =>
        Assert.Equal(["aws_apigatewayv2_route.r: A two-way $connect route: AWS documents no answer on $connect, whose integration's status decides the handshake before the connection is open, and its own samples make $connect one-way; what a route response sends there is unconfirmed."],
            Check("$connect", "$default"));
}
