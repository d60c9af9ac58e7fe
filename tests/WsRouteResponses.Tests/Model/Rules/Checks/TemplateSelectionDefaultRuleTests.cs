using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="TemplateSelectionDefaultRule"/> (WSR205) over Terraform JSON.</summary>
public sealed class TemplateSelectionDefaultRuleTests
{
    private static IReadOnlyList<string> Check(string expression, string type = "MOCK", string key = @"/4\\d\\d/") => Findings(new TemplateSelectionDefaultRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "{{{type}}}", "template_selection_expression": "{{{expression}}}"}},
        "aws_apigatewayv2_integration_response": {"ir": {
          "api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "{{{key}}}",
          "template_selection_expression": "{{{expression}}}"
        }}
        """);

    [Theory]
    [InlineData(@"\\$default")]
    [InlineData("$request.body.type")]
    [InlineData("${var.selection}")] // known only at apply: not judged
    public void Escaped_default_and_other_expressions_pass(string expression) => Assert.Empty(Check(expression));

    [Theory]
    [InlineData("$default")]
    [InlineData(" $default ")]
    public void A_bare_default_is_refused_on_requests_and_responses(string expression) =>
        Assert.Equal([
            "aws_apigatewayv2_integration.i: The template selection expression of the integration request is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\").",
            "aws_apigatewayv2_integration_response.ir: The template selection expression of the integration response /4\\d\\d/ is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\").",
        ], Check(expression));

    // WSR301 says to remove the integration response: a fix of its expression would contradict it.
    [Fact]
    public void A_response_on_a_proxy_integration_is_left_to_WSR301() =>
        Assert.Equal(["aws_apigatewayv2_integration.i: The template selection expression of the integration request is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\")."],
            Check("$default", "HTTP_PROXY"));

    [Fact]
    public void A_response_key_known_only_at_apply_is_shown_by_what_it_refers_to() =>
        Assert.Equal([
            "aws_apigatewayv2_integration.i: The template selection expression of the integration request is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\").",
            "aws_apigatewayv2_integration_response.ir: The template selection expression of the integration response (each.key, known at apply) is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\").",
        ], Check("$default", key: "${each.key}"));
}
