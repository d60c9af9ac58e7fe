using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="ResponseKeyRule"/> (WSR305) over Terraform JSON.</summary>
public sealed class ResponseKeyRuleTests
{
    private static IReadOnlyList<string> Check(string key) => Findings(new ResponseKeyRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}},
        "aws_apigatewayv2_integration_response": {"ir": {"api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "{{{key}}}"}}
        """);

    [Theory]
    [InlineData("$default")]
    [InlineData("/404/")]
    [InlineData(@"/4\\d\\d/")]
    [InlineData("/.*Not found.*/")]
    [InlineData("/a/")]
    [InlineData("${var.key}")] // known only at apply: not judged
    [InlineData("/a*+/")] // Java-only syntax, which API Gateway's engine accepts: possessive, quoting, \h
    [InlineData(@"/\\Q.\\E/")]
    [InlineData(@"/\\h/")]
    public void The_default_key_and_regular_expressions_between_slashes_pass(string key) => Assert.Empty(Check(key));

    [Theory]
    [InlineData("2xx")]
    [InlineData("404")]
    [InlineData("/404")]
    [InlineData("default")]
    [InlineData("/")]
    public void A_key_without_slashes_is_refused(string key) =>
        Assert.Equal([$"aws_apigatewayv2_integration_response.ir: \"{key}\" is neither $default nor a regular expression between slashes."], Check(key));

    [Fact]
    public void A_key_that_does_not_compile_is_refused() =>
        Assert.Equal([@"aws_apigatewayv2_integration_response.ir: /4(\d/ is not a valid regular expression: Invalid pattern '4(\d' at offset 4. Not enough )'s."], Check(@"/4(\\d/"));

    // WSR301 says to remove the response: a fix of its key would contradict it.
    [Theory]
    [InlineData("AWS_PROXY")]
    [InlineData("HTTP_PROXY")]
    public void A_key_on_a_proxy_integration_is_left_to_WSR301(string type) =>
        Assert.Empty(Findings(new ResponseKeyRule(), IntegrationWithResponses(type, "200")));
}
