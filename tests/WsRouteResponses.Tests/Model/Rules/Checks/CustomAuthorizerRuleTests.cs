using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="CustomAuthorizerRule"/> (WSR105) over Terraform JSON.</summary>
public sealed class CustomAuthorizerRuleTests
{
    private static IReadOnlyList<string> Check(string? authorizationType, string? authorizerId) => Findings(new CustomAuthorizerRule(), $$$"""
        "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "$connect"{{{Attribute("authorization_type", authorizationType)}}}{{{Attribute("authorizer_id", authorizerId)}}}}}
        """);

    private static string Attribute(string name, string? value) => value is null ? "" : $", \"{name}\": \"{value}\"";

    [Theory]
    [InlineData("CUSTOM", "${aws_apigatewayv2_authorizer.auth.id}")]
    [InlineData("CUSTOM", "abc123")]
    [InlineData("AWS_IAM", null)]
    [InlineData("NONE", null)]
    [InlineData(null, null)]
    [InlineData("${var.authorization_type}", "abc123")] // known only at apply: not judged
    [InlineData(null, "${var.authorizer_id}")] // may be null: not judged
    [InlineData("NONE", "${try(aws_apigatewayv2_authorizer.this[each.value.authorizer_key].id, each.value.authorizer_id)}")]
    public void Custom_with_an_authorizer_or_neither_passes(string? authorizationType, string? authorizerId) =>
        Assert.Empty(Check(authorizationType, authorizerId));

    [Fact]
    public void Custom_without_an_authorizer_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_route.r: authorization_type is CUSTOM but no authorizer_id is given."], Check("CUSTOM", null));

    [Theory]
    [InlineData("AWS_IAM", "AWS_IAM")]
    [InlineData("NONE", "NONE")]
    [InlineData(null, "unset")]
    public void An_authorizer_without_custom_authorization_is_refused(string? authorizationType, string shown) =>
        Assert.Equal([$"aws_apigatewayv2_route.r: authorizer_id is given but authorization_type is {shown}."], Check(authorizationType, "abc123"));

    // An authorizer's id is known at apply, but never null: the attribute is set.
    [Fact]
    public void An_authorizer_reference_without_custom_authorization_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_route.r: authorizer_id is given but authorization_type is unset."], Check(null, "${aws_apigatewayv2_authorizer.auth[0].id}"));
}
