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
    [InlineData("${var.http ? 1 : 0}", "${local.other ? 1 : 0}")]
    public void Routes_under_two_conditions_that_may_exclude_each_other_are_no_duplicates(string firstCount, string secondCount) =>
        Assert.Empty(TwoDefaultRoutes(firstCount, secondCount));

    // Whenever the conditional one exists, or both under the same condition, the key is used twice.
    [Theory]
    [InlineData("${var.on ? 1 : 0}", null)]
    [InlineData(null, "${var.on ? 1 : 0}")]
    [InlineData("${var.on ? 1 : 0}", "${var.on ? 1 : 0}")]
    public void A_route_under_one_condition_or_the_same_one_is_a_duplicate(string? firstCount, string? secondCount) =>
        Assert.Equal(["aws_apigatewayv2_route.ping_again: Route key \"$default\" is already used by aws_apigatewayv2_route.ping."], TwoDefaultRoutes(firstCount, secondCount));

    private static IReadOnlyList<string> TwoDefaultRoutes(string? firstCount, string? secondCount) =>
        Findings(new DuplicateRouteKeyRule(), $$$"""
            "aws_apigatewayv2_route": {
              "ping": {"api_id": "{{{ApiId}}}", "route_key": "$default"{{{Count(firstCount)}}}},
              "ping_again": {"api_id": "{{{ApiId}}}", "route_key": "$default"{{{Count(secondCount)}}}}
            }
            """);
}
