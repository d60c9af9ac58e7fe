using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="HttpUriRule"/> (WSR207) over Terraform JSON.</summary>
public sealed class HttpUriRuleTests
{
    private static IReadOnlyList<string> Check(string type, string uri) => Findings(new HttpUriRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "{{{type}}}", "integration_method": "POST", "integration_uri": "{{{uri}}}"}}
        """);

    [Theory]
    [InlineData("HTTP_PROXY", "https://backend.example.com/messages")]
    [InlineData("HTTP", "http://10.0.0.1:8080")]
    [InlineData("HTTP_PROXY", "https://${var.host}/messages")] // known only at apply: not judged
    [InlineData("HTTP_PROXY", "${aws_lambda_function_url.f.function_url}")]
    // Stage variables, as in "Create stages for WebSocket APIs in API Gateway"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-stages.html): http://${stageVariables.url}.
    [InlineData("HTTP_PROXY", "http://$${stageVariables.url}")]
    [InlineData("HTTP", "https://$${stageVariables.host}:8443/$${stageVariables.path}")]
    [InlineData("HTTP", "$${stageVariables.endpoint}/messages")]
    [InlineData("AWS_PROXY", "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:chat/invocations")]
    public void Absolute_http_urls_and_other_types_pass(string type, string uri) => Assert.Empty(Check(type, uri));

    [Theory]
    [InlineData("HTTP_PROXY", "backend.example.com/messages")]
    [InlineData("HTTP_PROXY", "/messages")]
    [InlineData("HTTP", "ftp://backend.example.com/messages")]
    [InlineData("HTTP", "https://")]
    public void Other_uris_of_HTTP_integrations_are_refused(string type, string uri) =>
        Assert.Equal([$"aws_apigatewayv2_integration.i: The {type} integration's URI \"{uri}\" is not an absolute http:// or https:// URL."], Check(type, uri));
}
