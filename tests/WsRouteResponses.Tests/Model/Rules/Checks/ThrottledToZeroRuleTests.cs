using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="ThrottledToZeroRule"/> (WSR506) over Terraform JSON.</summary>
public sealed class ThrottledToZeroRuleTests
{
    private static IReadOnlyList<string> Check(string settings, string name = "prod") => Findings(new ThrottledToZeroRule(), $$$"""
        "aws_apigatewayv2_stage": {"s": {"api_id": "{{{ApiId}}}", "name": "{{{name}}}", "auto_deploy": true, "default_route_settings": {{{settings}}}}}
        """);

    private static string Problem(string limits) =>
        $"aws_apigatewayv2_stage.s: Stage \"prod\" has default_route_settings with {limits} unset or 0; the provider sends 0 for an unset limit, and a stage throttled to 0 answers every message 429.";

    [Theory]
    [InlineData("""{"throttling_rate_limit": 10000, "throttling_burst_limit": 5000}""")]
    [InlineData("""{"throttling_rate_limit": 0.5, "throttling_burst_limit": 1, "detailed_metrics_enabled": true}""")]
    [InlineData("""{"throttling_rate_limit": "${var.rate_limit}", "throttling_burst_limit": 5000}""")] // known only at apply: not judged
    [InlineData("""{"throttling_rate_limit": "${try(var.settings.rate, null)}", "throttling_burst_limit": "${var.burst_limit}"}""")]
    public void Both_limits_set_pass(string settings) => Assert.Empty(Check(settings));

    [Theory]
    [InlineData("""{"detailed_metrics_enabled": true}""")]
    [InlineData("{}")]
    [InlineData("""{"throttling_rate_limit": 0, "throttling_burst_limit": "0"}""")]
    public void Both_limits_unset_or_0_are_refused(string settings) =>
        Assert.Equal([Problem("throttling_rate_limit and throttling_burst_limit")], Check(settings));

    [Theory]
    [InlineData("""{"throttling_burst_limit": 5000}""")]
    [InlineData("""{"throttling_rate_limit": 0, "throttling_burst_limit": 5000}""")]
    public void A_missing_rate_limit_is_refused(string settings) => Assert.Equal([Problem("throttling_rate_limit")], Check(settings));

    [Theory]
    [InlineData("""{"throttling_rate_limit": 10000}""")]
    [InlineData("""{"throttling_rate_limit": 10000, "throttling_burst_limit": 0}""")]
    public void A_missing_burst_limit_is_refused(string settings) => Assert.Equal([Problem("throttling_burst_limit")], Check(settings));

    [Fact]
    public void A_stage_without_default_route_settings_passes() => Assert.Empty(Findings(new ThrottledToZeroRule(), $$$"""
        "aws_apigatewayv2_stage": {"s": {"api_id": "{{{ApiId}}}", "name": "prod", "auto_deploy": true}}
        """));

    [Fact]
    public void A_stage_name_known_only_at_apply_is_shown_by_what_it_refers_to() =>
        Assert.Equal(["aws_apigatewayv2_stage.s: Stage (var.stage_name, known at apply) has default_route_settings with throttling_rate_limit and throttling_burst_limit unset or 0; the provider sends 0 for an unset limit, and a stage throttled to 0 answers every message 429."],
            Check("{}", "${var.stage_name}"));
}
