using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="DefaultResponseRule"/> (WSR303) over Terraform JSON.</summary>
public sealed class DefaultResponseRuleTests
{
    private const string I = "${aws_apigatewayv2_integration.i.id}";
    private const string NoDefault = "No response has the $default key; an answer that matches no key gets no response.";

    private static IReadOnlyList<string> Check(params (string IntegrationId, string Key)[] responses)
    {
        var members = responses.Select((r, n) => $$$"""
            "r{{{n + 1}}}": {"api_id": "{{{ApiId}}}", "integration_id": "{{{r.IntegrationId}}}", "integration_response_key": "{{{r.Key}}}"}
            """);
        return Findings(new DefaultResponseRule(), $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}, "j": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}},
            "aws_apigatewayv2_integration_response": { {{{string.Join(", ", members)}}} }
            """);
    }

    [Theory]
    [InlineData(I)]
    [InlineData("abc123")]
    public void An_integration_without_a_default_response_is_warned_once_on_its_first_response(string integrationId) =>
        Assert.Equal([$"aws_apigatewayv2_integration_response.r1: {NoDefault}"], Check((integrationId, @"/2\\d\\d/"), (integrationId, @"/4\\d\\d/")));

    [Fact]
    public void An_integration_with_a_default_response_passes() => Assert.Empty(Check((I, @"/2\\d\\d/"), (I, "$default")));

    [Fact]
    public void The_default_response_of_another_integration_does_not_count() =>
        Assert.Equal([$"aws_apigatewayv2_integration_response.r2: {NoDefault}"], Check(("${aws_apigatewayv2_integration.j.id}", "$default"), (I, "/404/")));

    [Fact]
    public void A_key_known_only_at_apply_may_be_the_default() => Assert.Empty(Check((I, "/404/"), (I, "${var.key}")));

    [Fact]
    public void Responses_whose_integration_is_known_only_at_apply_are_not_judged() =>
        Assert.Empty(Check(("${var.integration_id}", "/404/")));

    // WSR301 says to remove them: adding a $default one would contradict it.
    [Theory]
    [InlineData("AWS_PROXY")]
    [InlineData("HTTP_PROXY")]
    public void Responses_of_a_proxy_integration_are_left_to_WSR301(string type) =>
        Assert.Empty(Findings(new DefaultResponseRule(), IntegrationWithResponses(type, "/200/")));
}
