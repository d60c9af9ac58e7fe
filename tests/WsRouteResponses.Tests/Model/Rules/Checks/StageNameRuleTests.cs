using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="StageNameRule"/> (WSR502) over Terraform JSON.</summary>
public sealed class StageNameRuleTests
{
    private static IReadOnlyList<string> Check(string name) => Findings(new StageNameRule(), $$$"""
        "aws_apigatewayv2_stage": {"s": {"api_id": "{{{ApiId}}}", "name": "{{{name}}}", "auto_deploy": true}}
        """);

    [Theory]
    [InlineData("prod")]
    [InlineData("prod-v1")]
    [InlineData("Prod_2")]
    [InlineData("${var.stage_name}")] // known only at apply: not judged
    public void Letters_digits_dashes_and_underscores_pass(string name) => Assert.Empty(Check(name));

    [Fact]
    public void The_http_api_stage_name_default_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_stage.s: The stage name \"$default\" is documented for HTTP APIs only: AWS's WebSocket stage pages and the CreateStage reference do not mention it."],
            Check("$default"));

    [Fact]
    public void A_name_of_128_characters_passes() => Assert.Empty(Check(new string('s', 128)));

    [Fact]
    public void A_name_of_129_characters_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_stage.s: The stage name has 129 characters."], Check(new string('s', 129)));

    [Fact]
    public void An_empty_name_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_stage.s: The stage name has 0 characters."], Check(""));

    [Theory]
    [InlineData("prod.v1", '.')]
    [InlineData("prod v1", ' ')]
    [InlineData("prod/v1.2", '/')]
    [InlineData("étape", 'é')]
    public void Another_character_is_refused_naming_the_first(string name, char bad) =>
        Assert.Equal([$"aws_apigatewayv2_stage.s: The stage name \"{name}\" has the character '{bad}'."], Check(name));
}
