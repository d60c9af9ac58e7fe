using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="DuplicateRouteKeyRule"/> (WSR102) over Terraform JSON.</summary>
public sealed class DuplicateRouteKeyRuleTests
{
    private static IReadOnlyList<string> Check(string firstKey, string secondKey, string secondApiId = ApiId) => Findings(new DuplicateRouteKeyRule(), $$$"""
        "aws_apigatewayv2_route": {
          "ping": {"api_id": "{{{ApiId}}}", "route_key": "{{{firstKey}}}"},
          "ping_again": {"api_id": "{{{secondApiId}}}", "route_key": "{{{secondKey}}}"}
        }
        """);

    [Theory]
    [InlineData("ping", "pong", ApiId)]
    [InlineData("ping", "ping", "vaz7da96z6")] // another API, attached by id
    [InlineData("ping", "ping", "${var.api_id}")] // API known only at apply: not judged
    [InlineData("ping", "${var.route_key}", ApiId)] // known only at apply: not judged
    public void Distinct_keys_or_keys_of_other_apis_pass(string firstKey, string secondKey, string secondApiId) =>
        Assert.Empty(Check(firstKey, secondKey, secondApiId));

    [Theory]
    [InlineData("ping")]
    [InlineData("$connect")]
    public void A_repeated_key_is_reported_on_the_later_route(string key) =>
        Assert.Equal([$"aws_apigatewayv2_route.ping_again: Route key \"{key}\" is already used by aws_apigatewayv2_route.ping."], Check(key, key));

    [Fact]
    public void Each_repeat_names_the_first_route_with_the_key() =>
        Assert.Equal(
        [
            "aws_apigatewayv2_route.b: Route key \"ping\" is already used by aws_apigatewayv2_route.a.",
            "aws_apigatewayv2_route.c: Route key \"ping\" is already used by aws_apigatewayv2_route.a.",
        ], Findings(new DuplicateRouteKeyRule(), $$$"""
            "aws_apigatewayv2_route": {
              "c": {"api_id": "{{{ApiId}}}", "route_key": "ping"},
              "b": {"api_id": "{{{ApiId}}}", "route_key": "ping"},
              "a": {"api_id": "{{{ApiId}}}", "route_key": "ping"}
            }
            """));

    // Terraform creates a resource whose count or for_each is an expression zero or more times: two such
    // routes (count = var.http ? 1 : 0 and var.http ? 0 : 1) may never exist together.
    [Theory]
    [InlineData("${var.http ? 1 : 0}", "${var.http ? 0 : 1}")]
    [InlineData("${var.http ? 1 : 0}", null)]
    [InlineData(null, "${local.create ? 1 : 0}")]
    public void A_route_that_may_not_exist_is_no_duplicate(string? firstCount, string? secondCount) =>
        Assert.Empty(Findings(new DuplicateRouteKeyRule(), $$$"""
            "aws_apigatewayv2_route": {
              "ping": {"api_id": "{{{ApiId}}}", "route_key": "$default"{{{Count(firstCount)}}}},
              "ping_again": {"api_id": "{{{ApiId}}}", "route_key": "$default"{{{Count(secondCount)}}}}
            }
            """));
}
