using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="IntegrationQuotaRule"/> (WSR202) over Terraform JSON.</summary>
public sealed class IntegrationQuotaRuleTests
{
    private static IReadOnlyList<string> Check(string integrations) => Findings(new IntegrationQuotaRule(), $$$"""
        "aws_apigatewayv2_integration": { {{{integrations}}} }
        """);

    private static string Integrations(string prefix, int count, string apiId = ApiId) => string.Join(", ", Enumerable.Range(0, count).Select(i => $$"""
        "{{prefix}}{{i:000}}": {"api_id": "{{apiId}}", "integration_type": "MOCK"}
        """));

    [Fact]
    public void The_default_quota_of_300_integrations_passes() => Assert.Empty(Check(Integrations("i", 300)));

    [Fact]
    public void Integration_301_is_reported_once() =>
        Assert.Equal(["aws_apigatewayv2_integration.i300: This is integration 301 of the API; AWS's default quota is 300."], Check(Integrations("i", 302)));

    [Fact]
    public void Integrations_of_another_API_do_not_count() =>
        Assert.Empty(Check(Integrations("i", 300) + ", " + Integrations("x", 1, "abc123")));

    [Fact]
    public void Integrations_of_an_API_known_only_at_apply_are_not_counted() =>
        Assert.Empty(Check(Integrations("i", 301, "${var.api_id}")));
}
