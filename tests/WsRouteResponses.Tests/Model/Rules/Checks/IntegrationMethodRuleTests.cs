using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="IntegrationMethodRule"/> (WSR208) over Terraform JSON.</summary>
public sealed class IntegrationMethodRuleTests
{
    private static IReadOnlyList<string> Check(string method) => Findings(new IntegrationMethodRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "HTTP_PROXY", "integration_uri": "https://backend.example.com", "integration_method": "{{{method}}}"}}
        """);

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    [InlineData("ANY")]
    [InlineData("${var.method}")] // known only at apply: not judged
    public void HTTP_methods_pass(string method) => Assert.Empty(Check(method));

    [Fact]
    public void An_integration_without_a_method_passes() =>
        Assert.Empty(Findings(new IntegrationMethodRule(), $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"}}
            """));

    [Theory]
    [InlineData("SEND")]
    [InlineData("INVOKE")]
    [InlineData("CONNECT")]
    [InlineData("TRACE")]
    public void Other_methods_are_refused(string method) =>
        Assert.Equal([$"aws_apigatewayv2_integration.i: The integration method \"{method}\" is not one API Gateway integrations accept."], Check(method));
}
