using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="NoResponsesOnProxyRule"/> (WSR301) over Terraform JSON.</summary>
public sealed class NoResponsesOnProxyRuleTests
{
    private static IReadOnlyList<string> Check(string integrationType, string integrationId = "${aws_apigatewayv2_integration.i.id}") => Findings(new NoResponsesOnProxyRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "{{{integrationType}}}"}},
        "aws_apigatewayv2_integration_response": {"ir": {"api_id": "{{{ApiId}}}", "integration_id": "{{{integrationId}}}", "integration_response_key": "$default"}}
        """);

    [Theory]
    [InlineData("AWS_PROXY")]
    [InlineData("HTTP_PROXY")]
    public void A_response_on_a_proxy_integration_is_refused(string integrationType) =>
        Assert.Equal([$"aws_apigatewayv2_integration_response.ir: The integration is {integrationType}, which has no integration responses."], Check(integrationType));

    [Theory]
    [InlineData("AWS")]
    [InlineData("HTTP")]
    [InlineData("MOCK")]
    [InlineData("${var.integration_type}")] // known only at apply: not judged
    public void A_response_on_a_non_proxy_integration_passes(string integrationType) => Assert.Empty(Check(integrationType));

    [Theory]
    [InlineData("abc123")]
    [InlineData("${var.integration_id}")]
    public void A_response_whose_integration_is_not_in_the_configuration_is_not_judged(string integrationId) =>
        Assert.Empty(Check("AWS_PROXY", integrationId));
}
