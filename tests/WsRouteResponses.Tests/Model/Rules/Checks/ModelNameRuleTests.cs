using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="ModelNameRule"/> (WSR401) over Terraform JSON.</summary>
public sealed class ModelNameRuleTests
{
    private static IReadOnlyList<string> Check(string name) => Findings(new ModelNameRule(), $$$"""
        "aws_apigatewayv2_model": {"m": {"api_id": "{{{ApiId}}}", "name": "{{{name}}}", "content_type": "application/json", "schema": "{\"type\": \"object\"}"}}
        """);

    [Fact]
    public void Letters_and_digits_pass() => Assert.Empty(Check("PongResponse2"));

    [Fact]
    public void A_name_of_128_characters_passes() => Assert.Empty(Check(new string('a', 128)));

    [Fact]
    public void A_name_known_only_at_apply_is_not_judged() => Assert.Empty(Check("${var.model_name}"));

    [Theory]
    [InlineData("pong-model")]
    [InlineData("pong_model")]
    [InlineData("Pong Model")]
    [InlineData("Pöng")]
    [InlineData("")]
    public void Other_characters_or_none_are_refused(string name) =>
        Assert.Equal([$"aws_apigatewayv2_model.m: \"{name}\" is not a valid model name."], Check(name));

    [Fact]
    public void A_name_of_129_characters_is_refused()
    {
        var name = new string('a', 129);
        Assert.Equal([$"aws_apigatewayv2_model.m: \"{name}\" is not a valid model name."], Check(name));
    }
}
