using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="RouteQuotaRule"/> (WSR104) over Terraform JSON.</summary>
public sealed class RouteQuotaRuleTests
{
    private static IReadOnlyList<string> Check(int routes, string apiId = ApiId, string more = "") => Findings(new RouteQuotaRule(), $$$"""
        "aws_apigatewayv2_route": {{{{string.Join(", ", Enumerable.Range(0, routes).Select(i => $"\"r{i:000}\": {{\"api_id\": \"{apiId}\", \"route_key\": \"k{i}\"}}"))}}}{{{more}}}}
        """);

    [Fact]
    public void Exactly_the_default_quota_passes() => Assert.Empty(Check(300));

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    public void Only_the_first_route_over_the_default_quota_is_reported(int routes) =>
        Assert.Equal(["aws_apigatewayv2_route.r300: This is route 301 of the API; AWS's default quota is 300."], Check(routes));

    [Fact]
    public void Routes_of_another_api_do_not_count() =>
        Assert.Empty(Check(300, more: """, "z": {"api_id": "vaz7da96z6", "route_key": "z"}"""));

    [Fact]
    public void Routes_of_an_api_known_only_at_apply_are_not_counted() => Assert.Empty(Check(301, "${var.api_id}"));
}
