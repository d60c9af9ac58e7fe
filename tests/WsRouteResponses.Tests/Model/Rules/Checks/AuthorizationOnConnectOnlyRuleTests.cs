using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="AuthorizationOnConnectOnlyRule"/> (WSR103) over Terraform JSON.</summary>
public sealed class AuthorizationOnConnectOnlyRuleTests
{
    private static IReadOnlyList<string> Check(string routeKey, string? authorizationType, string? authorizerId, bool? apiKeyRequired) =>
        Findings(new AuthorizationOnConnectOnlyRule(), $$$"""
            "aws_apigatewayv2_route": {"r": {"api_id": "{{{ApiId}}}", "route_key": "{{{routeKey}}}"{{{Attribute("authorization_type", authorizationType)}}}{{{Attribute("authorizer_id", authorizerId)}}}{{{ApiKeyRequired(apiKeyRequired)}}}}}
            """);

    private static string Attribute(string name, string? value) => value is null ? "" : $", \"{name}\": \"{value}\"";

    private static string ApiKeyRequired(bool? value) => value is null ? "" : $", \"api_key_required\": {(value.Value ? "true" : "false")}";

    [Theory]
    [InlineData("$connect", "CUSTOM", "abc123", true)]
    [InlineData("$connect", "AWS_IAM", null, null)]
    [InlineData("ping", "NONE", null, false)]
    [InlineData("ping", null, null, null)]
    [InlineData("ping", "${var.authorization_type}", null, null)] // known only at apply: not judged
    [InlineData("${var.route_key}", "AWS_IAM", "abc123", true)] // known only at apply: not judged
    public void Authorization_on_connect_or_none_passes(string routeKey, string? authorizationType, string? authorizerId, bool? apiKeyRequired) =>
        Assert.Empty(Check(routeKey, authorizationType, authorizerId, apiKeyRequired));

    [Theory]
    [InlineData("ping", "AWS_IAM", null, null, "authorization_type = AWS_IAM")]
    [InlineData("$disconnect", null, "abc123", null, "authorizer_id")]
    [InlineData("$default", null, null, true, "api_key_required = true")]
    [InlineData("ping", "CUSTOM", "abc123", true, "authorization_type = CUSTOM, authorizer_id, api_key_required = true")]
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
