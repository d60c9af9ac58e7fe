using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="TemplateSizeRule"/> (WSR203) over Terraform JSON.</summary>
public sealed class TemplateSizeRuleTests
{
    private static IReadOnlyList<string> Check(string request, string response, string type = "MOCK", string key = "$default") => Findings(new TemplateSizeRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "{{{type}}}", "request_templates": {"big": "{{{request}}}"} }},
        "aws_apigatewayv2_integration_response": {"ir": {
          "api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "{{{key}}}",
          "response_templates": {"$default": "{{{response}}}"}
        }}
        """);

    [Fact]
    public void Templates_of_exactly_300_KB_pass() => Assert.Empty(Check(new string('x', 307_200), new string('x', 307_200)));

    [Fact]
    public void Templates_known_only_at_apply_are_not_judged() =>
        Assert.Empty(Check(new string('x', 307_200) + "${var.tail}", "${var.response_template}"));

    [Fact]
    public void Request_and_response_templates_over_300_KB_are_refused() =>
        Assert.Equal([
            "aws_apigatewayv2_integration.i: The mapping template \"big\" of the integration request is 307,201 bytes; API Gateway accepts at most 307,200.",
            "aws_apigatewayv2_integration_response.ir: The mapping template \"$default\" of the integration response $default is 400,000 bytes; API Gateway accepts at most 307,200.",
        ], Check(new string('x', 307_201), new string('x', 400_000)));

    [Fact]
    public void The_size_counts_UTF8_bytes_not_characters() =>
        Assert.Equal(["aws_apigatewayv2_integration.i: The mapping template \"big\" of the integration request is 307,202 bytes; API Gateway accepts at most 307,200."],
            Check(new string('é', 153_601), "{}"));

    // WSR301 says to remove the integration response: a fix of its template would contradict it.
    [Fact]
    public void Response_templates_on_a_proxy_integration_are_left_to_WSR301() =>
        Assert.Empty(Check("{}", new string('x', 400_000), "AWS_PROXY"));

    [Fact]
    public void A_response_key_known_only_at_apply_is_shown_by_what_it_refers_to() =>
        Assert.Equal(["aws_apigatewayv2_integration_response.ir: The mapping template \"$default\" of the integration response (var.key, known at apply) is 400,000 bytes; API Gateway accepts at most 307,200."],
            Check("{}", new string('x', 400_000), key: "${var.key}"));
}
