using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="TemplateLengthRule"/> (WSR206) over Terraform JSON.</summary>
public sealed class TemplateLengthRuleTests
{
    private static IReadOnlyList<string> Check(string request, string response, string type = "MOCK", string key = "$default") => Findings(new TemplateLengthRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "{{{type}}}", "request_templates": {"big": "{{{request}}}"} }},
        "aws_apigatewayv2_integration_response": {"ir": {
          "api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "{{{key}}}",
          "response_templates": {"$default": "{{{response}}}"}
        }}
        """);

    [Fact]
    public void Templates_of_exactly_32768_characters_pass() => Assert.Empty(Check(new string('x', 32_768), new string('é', 32_768)));

    [Fact]
    public void Templates_known_only_at_apply_are_not_judged() =>
        Assert.Empty(Check(new string('x', 40_000) + "${var.tail}", "${var.response_template}"));

    [Fact]
    public void Request_and_response_templates_over_32768_characters_warn() =>
        Assert.Equal([
            "aws_apigatewayv2_integration.i: The mapping template \"big\" of the integration request is 32,769 characters long.",
            "aws_apigatewayv2_integration_response.ir: The mapping template \"$default\" of the integration response $default is 40,000 characters long.",
        ], Check(new string('x', 32_769), new string('x', 40_000)));

    // WSR301 says to remove the integration response: a fix of its template would contradict it.
    [Fact]
    public void Response_templates_on_a_proxy_integration_are_left_to_WSR301() =>
        Assert.Empty(Check("{}", new string('x', 400_000), "AWS_PROXY"));

    [Fact]
    public void A_response_key_known_only_at_apply_is_shown_by_what_it_refers_to() =>
        Assert.Equal(["aws_apigatewayv2_integration_response.ir: The mapping template \"$default\" of the integration response (var.key, known at apply) is 40,000 characters long."],
            Check("{}", new string('x', 40_000), key: "${var.key}"));
}
