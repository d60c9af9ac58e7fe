using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="AuthorizationOnConnectOnlyRule"/> (WSR103) over Terraform JSON.</summary>
public sealed class AuthorizationOnConnectOnlyRuleTests
{
    private static IReadOnlyList<string> Check(string routeKey, string? authorizationType, string? authorizerId, object? apiKeyRequired) =>
        Findings(new AuthorizationOnConnectOnlyRule(), $$$"""
            "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "{{{routeKey}}}"{{{Attribute("authorization_type", authorizationType)}}}{{{Attribute("authorizer_id", authorizerId)}}}{{{ApiKeyRequired(apiKeyRequired)}}}}}
            """);

    private static string Attribute(string name, string? value) => value is null ? "" : $", \"{name}\": \"{value}\"";

    private static string ApiKeyRequired(object? value) => value switch
    {
        null => "",
        bool flag => $", \"api_key_required\": {(flag ? "true" : "false")}",
        _ => $", \"api_key_required\": \"{value}\"",
    };

    [Theory]
    [InlineData("$connect", "CUSTOM", "abc123", true)]
    [InlineData("$connect", "AWS_IAM", null, null)]
    [InlineData("ping", "NONE", null, false)]
    [InlineData("ping", null, null, null)]
    [InlineData("ping", "${var.authorization_type}", null, null)] // known only at apply: not judged
    [InlineData("${var.route_key}", "AWS_IAM", "abc123", true)] // known only at apply: not judged
    [InlineData("ping", null, "${var.authorizer_id}", "${var.api_key_required}")] // may be null: not judged
    [InlineData("ping", "${try(each.value.authorization_type, null)}", "${try(aws_apigatewayv2_authorizer.this[each.value.authorizer_key].id, each.value.authorizer_id)}", null)]
    public void Authorization_on_connect_or_none_passes(string routeKey, string? authorizationType, string? authorizerId, object? apiKeyRequired) =>
        Assert.Empty(Check(routeKey, authorizationType, authorizerId, apiKeyRequired));

    [Theory]
    [InlineData("ping", "AWS_IAM", null, null, "authorization_type = AWS_IAM")]
    [InlineData("$disconnect", null, "abc123", null, "authorizer_id")]
    [InlineData("$default", null, null, true, "api_key_required = true")]
    [InlineData("ping", "CUSTOM", "abc123", true, "authorization_type = CUSTOM, authorizer_id, api_key_required = true")]
    [InlineData("ping", null, "${aws_apigatewayv2_authorizer.auth.id}", null, "authorizer_id")] // an authorizer's id is never null
    public void Authorization_on_another_route_is_refused(string routeKey, string? authorizationType, string? authorizerId, bool? apiKeyRequired, string set) =>
        Assert.Equal([$"aws_apigatewayv2_route.r: Route \"{routeKey}\" sets {set}, which API Gateway applies only on $connect."],
            Check(routeKey, authorizationType, authorizerId, apiKeyRequired));

    // Terraform converts the strings "true" and "1" to a boolean, so the provider sets it.
    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void Api_key_required_written_as_a_string_is_read_as_a_boolean(string value) =>
        Assert.Equal(["aws_apigatewayv2_route.r: Route \"ping\" sets api_key_required = true, which API Gateway applies only on $connect."],
            Findings(new AuthorizationOnConnectOnlyRule(), $$$"""
                "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "ping", "api_key_required": "{{{value}}}"}}
                """));
}
