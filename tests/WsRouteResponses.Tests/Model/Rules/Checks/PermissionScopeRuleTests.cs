using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="PermissionScopeRule"/> (WSR209) over Terraform JSON.</summary>
public sealed class PermissionScopeRuleTests
{
    private static IReadOnlyList<string> Check(string? sourceArn, string principal = "apigateway.amazonaws.com")
    {
        var arn = sourceArn is null ? "" : $", \"source_arn\": \"{sourceArn}\"";
        return Findings(new PermissionScopeRule(), $$$"""
            "aws_lambda_permission": {"p": {"function_name": "f", "principal": "{{{principal}}}"{{{arn}}}}}
            """);
    }

    [Theory]
    [InlineData("arn:aws:execute-api:us-east-1:123456789012:abc123/*/*")]
    [InlineData("arn:aws:execute-api:us-east-1:123456789012:abc123/*/sendmessage")]
    [InlineData("${aws_apigatewayv2_api.a.execution_arn}/*/*")]
    [InlineData("${var.source_arn}")] // known only at apply: not judged
    [InlineData("${try(var.source_arn, null)}")]
    public void A_source_arn_of_one_api_passes(string sourceArn) => Assert.Empty(Check(sourceArn));

    [Theory]
    [InlineData("arn:aws:execute-api:us-east-1:123456789012:*/*/*")]
    [InlineData("arn:aws:execute-api:us-east-1:123456789012:abc*/*/*")]
    [InlineData("arn:aws:execute-api:us-east-1:123456789012:abc12?/*/*")] // ArnLike's one-character wildcard
    [InlineData("arn:aws:execute-api:us-east-1:*:abc123/*/*")]
    [InlineData("arn:aws:execute-api:*:123456789012:abc123/*/*")]
    [InlineData("arn:aws:execute-api:*")]
    public void A_wildcard_before_the_stage_is_refused(string sourceArn) =>
        Assert.Equal([$"aws_lambda_permission.p: The source ARN \"{sourceArn}\" is not limited to one API."], Check(sourceArn));

    [Fact]
    public void A_permission_without_source_arn_is_refused() =>
        Assert.Equal(["aws_lambda_permission.p: The permission lets API Gateway invoke the function with no source_arn: any API of any account can."], Check(null));

    [Theory]
    [InlineData("events.amazonaws.com")]
    [InlineData("${var.principal}")]
    public void Permissions_for_other_principals_are_not_judged(string principal) => Assert.Empty(Check(null, principal));
}
