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
            .For(new StackFunction("aws_lambda_function.f", "f", "nodejs20.x", "index.handler", "code.zip", new Dictionary<string, string> { [name] = value }), "/task", "/runtime");

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
    public void The_functions_own_region_stays_and_the_stand_in_client_learns_the_local_host()
    {
        var variables = For("AWS_REGION", "eu-west-1");
        Assert.Equal("eu-west-1", variables["AWS_REGION"]);
        Assert.Equal("127.0.0.1:4567", variables["WSRR_LOCAL_HOST"]);
    }

    // The build machine (and CI) has no AWS configuration (no AWS_* credentials or profile, no ~/.aws): the
    // SDK gets a region and credentials to sign with. A machine with its own keeps them.
    [Fact]
    public void A_machine_without_aws_configuration_gets_a_region_and_credentials()
    {
        var variables = For("X", "y");
        Assert.Equal(("us-east-1", "local"), (variables["AWS_REGION"], variables["AWS_ACCESS_KEY_ID"]));
    }
}
