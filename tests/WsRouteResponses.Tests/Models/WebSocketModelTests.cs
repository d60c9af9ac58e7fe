using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Models;

public sealed class WebSocketModelTests
{
    private static WebSocketModel Model(Fixture f, string name, string schema = """{"type":"object"}""") =>
        new(f.Api, "Model", new WebSocketModelProps { Api = f.Api, Name = name, Schema = schema });

    [Fact]
    public void Writes_the_model()
    {
        var f = new Fixture();
        _ = Model(f, "Pong");
        var model = Stacks.Single(f.Synth(), "aws_apigatewayv2_model");
        Assert.Equal("Pong", (string?)model["name"]);
        Assert.Equal("application/json", (string?)model["content_type"]);
        Assert.Equal("""{"type":"object"}""", (string?)model["schema"]);
    }

    [Theory]
    [InlineData("pong-response")]
    [InlineData("")]
    [InlineData("Pong Response")]
    public void An_invalid_name_is_an_error(string name)
    {
        var error = Assert.Throws<WebSocketRuleException>(() => Model(new Fixture(), name));
        Assert.Equal(
            $"[test/Api/Model] WSR401: \"{name}\" is not a valid model name. Fix: name the model with 1 to 128 letters and digits (^[0-9A-Za-z]+$), e.g. \"PongResponse\".",
            error.Message);
    }

    [Fact]
    public void A_name_over_128_characters_is_an_error() =>
        Assert.Equal("WSR401", Assert.Throws<WebSocketRuleException>(() => Model(new Fixture(), new string('a', 129))).Rule.Id);

    [Fact]
    public void A_schema_that_is_not_json_is_an_error()
    {
        var error = Assert.Throws<WebSocketRuleException>(() => Model(new Fixture(), "Pong", "{type: object}"));
        Assert.StartsWith("[test/Api/Model] WSR402: The schema is not valid JSON: ", error.Message);
        Assert.EndsWith(" Fix: give a JSON Schema (draft 4) document of at most 32,768 characters.", error.Message);
    }

    [Fact]
    public void A_schema_that_is_not_an_object_is_an_error()
    {
        var error = Assert.Throws<WebSocketRuleException>(() => Model(new Fixture(), "Pong", "[1, 2]"));
        Assert.Equal("[test/Api/Model] WSR402: The schema is a JSON array, not an object. Fix: give a JSON Schema (draft 4) document of at most 32,768 characters.", error.Message);
    }

    [Fact]
    public void A_schema_over_32768_characters_is_an_error()
    {
        var schema = $$"""{"description":"{{new string('x', 32_768)}}"}""";
        var error = Assert.Throws<WebSocketRuleException>(() => Model(new Fixture(), "Pong", schema));
        Assert.Equal("[test/Api/Model] WSR402: The schema is 32,786 characters long. Fix: give a JSON Schema (draft 4) document of at most 32,768 characters.", error.Message);
    }

    [Fact]
    public void Token_name_and_schema_are_not_checked()
    {
        var f = new Fixture();
        var name = new TerraformVariable(f.Stack, "model_name", new TerraformVariableConfig { Type = "string" }).StringValue;
        var schema = new TerraformVariable(f.Stack, "schema", new TerraformVariableConfig { Type = "string" }).StringValue;
        _ = Model(f, name, schema);
        var model = Stacks.Single(f.Synth(), "aws_apigatewayv2_model");
        Assert.Equal("${var.model_name}", (string?)model["name"]);
        Assert.Equal("${var.schema}", (string?)model["schema"]);
    }
}
