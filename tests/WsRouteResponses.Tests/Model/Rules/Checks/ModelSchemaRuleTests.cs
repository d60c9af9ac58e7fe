using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="ModelSchemaRule"/> (WSR402) over Terraform JSON.</summary>
public sealed class ModelSchemaRuleTests
{
    private static IReadOnlyList<string> Check(string schema) => Findings(new ModelSchemaRule(), $$$"""
        "aws_apigatewayv2_model": {"m": {"api_id": "{{{ApiId}}}", "name": "Pong", "content_type": "application/json", "schema": {{{System.Text.Json.JsonSerializer.Serialize(schema)}}}}}
        """);

    private static string ObjectOfLength(int length) => "{" + new string(' ', length - 2) + "}";

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "properties": {"action": {"type": "string"}}}""")]
    [InlineData("${var.schema}")]
    [InlineData("${jsonencode({type = \"object\"})}")]
    public void Json_objects_and_values_known_only_at_apply_pass(string schema) => Assert.Empty(Check(schema));

    [Fact]
    public void A_schema_of_32768_characters_passes() => Assert.Empty(Check(ObjectOfLength(32_768)));

    [Fact]
    public void A_schema_of_32769_characters_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_model.m: The schema is 32,769 characters long."], Check(ObjectOfLength(32_769)));

    [Theory]
    [InlineData("[]", "array")]
    [InlineData("\"object\"", "string")]
    [InlineData("42", "number")]
    public void A_schema_that_is_not_an_object_is_refused(string schema, string kind) =>
        Assert.Equal([$"aws_apigatewayv2_model.m: The schema is a JSON {kind}, not an object."], Check(schema));

    [Fact]
    public void A_schema_that_is_not_json_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_model.m: The schema is not valid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options. LineNumber: 0 | BytePositionInLine: 18."],
            Check("""{"type": "object",}"""));
}
