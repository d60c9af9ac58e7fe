using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="LambdaResponseKeysRule"/> (WSR307) over Terraform JSON.</summary>
public sealed class LambdaResponseKeysRuleTests
{
    private const string InvokeArn = "${aws_lambda_function.f.invoke_arn}";
    private const string StatusKey = "is a status code, but a Lambda integration's responses are selected by error message.";

    private static IReadOnlyList<string> Check(string type, string uri, params string[] keys)
    {
        var members = keys.Select((key, n) => $$$"""
            "r{{{n + 1}}}": {"api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "{{{key}}}"}
            """);
        return Findings(new LambdaResponseKeysRule(), $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "{{{type}}}", "integration_uri": "{{{uri}}}"}},
            "aws_apigatewayv2_integration_response": { {{{string.Join(", ", members)}}} }
            """);
    }

    [Theory]
    [InlineData(InvokeArn)]
    [InlineData("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations")]
    public void The_first_status_key_of_a_lambda_integration_is_warned(string uri) =>
        Assert.Equal([$"aws_apigatewayv2_integration_response.r2: Key /404/ {StatusKey}"], Check("AWS", uri, "$default", "/404/", @"/5\\d\\d/"));

    [Fact]
    public void A_status_class_is_a_status_key() =>
        Assert.Equal([$@"aws_apigatewayv2_integration_response.r1: Key /4\d\d/ {StatusKey}"], Check("AWS", InvokeArn, @"/4\\d\\d/"));

    [Theory]
    [InlineData("/.*Not found.*/")]
    [InlineData("/600/")]
    [InlineData("/40/")]
    [InlineData("/4040/")]
    [InlineData("${var.key}")] // known only at apply: not judged
    public void Keys_that_are_no_status_code_pass(string key) => Assert.Empty(Check("AWS", InvokeArn, "$default", key));

    [Theory]
    [InlineData("AWS_PROXY", InvokeArn)]
    [InlineData("HTTP", "https://backend.example.com/messages")]
    [InlineData("AWS", "arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue")]
    [InlineData("AWS", "${var.uri}")]
    [InlineData("${var.type}", InvokeArn)]
    public void Status_keys_on_other_integrations_pass(string type, string uri) => Assert.Empty(Check(type, uri, "/404/"));
}
