using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Api;

/// <summary>Stage names (rule WSR502) through <see cref="WebSocketStage"/>.</summary>
public sealed class StageNameTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(129)]
    public void A_stage_name_outside_1_to_128_characters_is_an_error(int length)
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = new string('s', length) }));
        Assert.Equal($"[test/Api/Prod] WSR502: The stage name has {length} characters. Fix: name the stage with 1 to 128 letters, digits, '-' and '_', e.g. \"prod\" or \"prod-v1\" ($default is an HTTP API stage name).", error.Message);
    }

    [Theory]
    [InlineData("prod.v1", '.')]
    [InlineData("prod v1", ' ')]
    [InlineData("$prod", '$')]
    public void A_stage_name_with_other_characters_is_an_error(string name, char bad)
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = name }));
        Assert.Equal($"[test/Api/Prod] WSR502: The stage name \"{name}\" has the character '{bad}'. Fix: name the stage with 1 to 128 letters, digits, '-' and '_', e.g. \"prod\" or \"prod-v1\" ($default is an HTTP API stage name).", error.Message);
    }

    [Fact]
    public void Stage_names_aws_accepts_pass()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod-v1_2" });
        Assert.Equal("prod-v1_2", (string?)Stacks.Single(f.Synth(), "aws_apigatewayv2_stage")["name"]);
    }

    [Fact]
    public void The_http_api_stage_name_default_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "$default" }));
        Assert.Equal("[test/Api/Prod] WSR502: The stage name \"$default\" is documented for HTTP APIs only: AWS's WebSocket stage pages and the CreateStage reference do not mention it. Fix: name the stage with 1 to 128 letters, digits, '-' and '_', e.g. \"prod\" or \"prod-v1\" ($default is an HTTP API stage name).", error.Message);
    }
}
