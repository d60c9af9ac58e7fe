using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="TemplateSelectionDefaultRule"/> (WSR205) over Terraform JSON.</summary>
public sealed class TemplateSelectionDefaultRuleTests
{
    private static IReadOnlyList<string> Check(string expression) => Findings(new TemplateSelectionDefaultRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK", "template_selection_expression": "{{{expression}}}"}},
        "aws_apigatewayv2_integration_response": {"ir": {
          "api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "/4\\d\\d/",
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
}
