using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="IntegrationTimeoutRule"/> (WSR201) over Terraform JSON.</summary>
public sealed class IntegrationTimeoutRuleTests
{
    private static IReadOnlyList<string> Check(string timeout) => Findings(new IntegrationTimeoutRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK", "timeout_milliseconds": {{{timeout}}}}}
        """);

    [Theory]
    [InlineData("50")]
    [InlineData("29000")]
    [InlineData("\"10000\"")]
    [InlineData("\"${var.timeout}\"")] // known only at apply: not judged
    public void Whole_milliseconds_from_50_to_29000_pass(string timeout) => Assert.Empty(Check(timeout));

    [Fact]
    public void An_integration_without_a_timeout_passes() =>
        Assert.Empty(Findings(new IntegrationTimeoutRule(), $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}}
            """));

    [Theory]
    [InlineData("49", "49")]
    [InlineData("29001", "29001")]
    [InlineData("\"30000\"", "30000")]
    [InlineData("100.5", "100.5")]
    [InlineData("50.0004", "50.0004")]
    public void Timeouts_out_of_range_or_fractional_are_refused(string timeout, string shown) =>
        Assert.Equal([$"aws_apigatewayv2_integration.i: Timeout is {shown} ms; WebSocket integrations accept whole milliseconds from 50 to 29,000."], Check(timeout));
}
