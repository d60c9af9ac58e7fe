using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="DuplicateResponseKeyRule"/> (WSR306) over Terraform JSON.</summary>
public sealed class DuplicateResponseKeyRuleTests
{
    private const string I = "${aws_apigatewayv2_integration.i.id}";
    private const string J = "${aws_apigatewayv2_integration.j.id}";

    private static IReadOnlyList<string> Check(params (string IntegrationId, string Key)[] responses)
    {
        var members = responses.Select((r, n) => $$$"""
            "r{{{n + 1}}}": {"api_id": "{{{ApiId}}}", "integration_id": "{{{r.IntegrationId}}}", "integration_response_key": "{{{r.Key}}}"}
            """);
        return Findings(new DuplicateResponseKeyRule(), $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}, "j": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}},
            "aws_apigatewayv2_integration_response": { {{{string.Join(", ", members)}}} }
            """);
    }

    [Theory]
    [InlineData(I)]
    [InlineData("abc123")]
    public void A_repeated_key_is_refused_on_each_later_response(string integrationId) =>
        Assert.Equal(
            ["aws_apigatewayv2_integration_response.r2: Key /2\\d\\d/ appears more than once.", "aws_apigatewayv2_integration_response.r3: Key /2\\d\\d/ appears more than once."],
            Check((integrationId, @"/2\\d\\d/"), (integrationId, @"/2\\d\\d/"), (integrationId, @"/2\\d\\d/")));

    [Fact]
    public void Distinct_keys_pass() => Assert.Empty(Check((I, "$default"), (I, @"/2\\d\\d/"), (I, "/200/")));

    [Fact]
    public void The_same_key_on_two_integrations_passes() => Assert.Empty(Check((I, "$default"), (J, "$default")));

    [Theory]
    [InlineData(I, "${var.key}")]
    [InlineData("${var.integration_id}", "$default")]
    public void Keys_or_integrations_known_only_at_apply_are_not_judged(string integrationId, string key) =>
        Assert.Empty(Check((integrationId, key), (integrationId, key)));

    [Theory]
    [InlineData("AWS_PROXY")]
    [InlineData("HTTP_PROXY")]
    public void Keys_on_a_proxy_integration_are_left_to_WSR301(string type) =>
        Assert.Empty(Findings(new DuplicateResponseKeyRule(), IntegrationWithResponses(type, "$default", "$default")));

    [Fact]
    public void A_response_that_may_not_exist_is_no_duplicate() =>
        Assert.Empty(Findings(new DuplicateResponseKeyRule(), $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}},
            "aws_apigatewayv2_integration_response": {
              "r1": {"api_id": "{{{ApiId}}}", "integration_id": "{{{I}}}", "integration_response_key": "$default"{{{Count("${var.json ? 1 : 0}")}}}},
              "r2": {"api_id": "{{{ApiId}}}", "integration_id": "{{{I}}}", "integration_response_key": "$default"{{{Count("${var.json ? 0 : 1}")}}}}
            }
            """));
}
