using WsRouteResponses.Local;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Local;

/// <summary>A Node function's environment locally: expressions naming the API's endpoint point at the local server.</summary>
public sealed class FunctionEnvironmentTests
{
    private static readonly WebSocketConfiguration s_configuration = TerraformJsonReader.FromJson("""
        {"resource": {
          "aws_apigatewayv2_api": {"chat": {"name": "chat", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
          "aws_apigatewayv2_stage": {"prod": {"api_id": "${aws_apigatewayv2_api.chat.id}", "name": "prod", "auto_deploy": true}}
        }}
        """);

    private static IReadOnlyDictionary<string, string> For(string name, string value) =>
        new FunctionEnvironment(s_configuration, () => new Uri("ws://127.0.0.1:4567/"))
            .For(new NodeFunction("aws_lambda_function.f", "index.handler", "code.zip", new Dictionary<string, string> { [name] = value }));

    [Theory]
    [InlineData("${replace(aws_apigatewayv2_api.chat.api_endpoint, \"wss://\", \"https://\")}/prod", "http://127.0.0.1:4567/prod")] // WebSocketStage.CallbackUrl
    [InlineData("${aws_apigatewayv2_api.chat.api_endpoint}", "ws://127.0.0.1:4567")]
    [InlineData("${aws_apigatewayv2_stage.prod.invoke_url}", "ws://127.0.0.1:4567/prod")]
    [InlineData("${replace(aws_apigatewayv2_stage.prod.invoke_url, \"wss://\", \"https://\")}", "http://127.0.0.1:4567/prod")]
    [InlineData("plain value", "plain value")]
    public void Endpoint_expressions_point_at_the_local_server(string value, string expected) =>
        Assert.Equal(expected, For("URL", value)["URL"]);

    [Theory]
    [InlineData("${aws_dynamodb_table.t.name}")]
    [InlineData("${aws_apigatewayv2_api.other.api_endpoint}")]
    [InlineData("${upper(aws_apigatewayv2_api.chat.api_endpoint)}")]
    public void Other_expressions_leave_their_variable_out(string value) =>
        Assert.False(For("X", value).ContainsKey("X"));

    [Fact]
    public void A_region_and_credentials_are_there_for_the_sdk_when_the_machine_has_none()
    {
        var variables = For("AWS_REGION", "eu-west-1");
        Assert.Equal("eu-west-1", variables["AWS_REGION"]);
        if (Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is null) Assert.Equal("local", variables["AWS_ACCESS_KEY_ID"]);
        else Assert.False(variables.ContainsKey("AWS_ACCESS_KEY_ID"));
    }
}
