
namespace WsRouteResponses.Tests.Support;

/// <summary>A stack named "test" with a WebSocket API at path <c>test/Api</c>.</summary>
internal sealed class Fixture
{
    public Fixture()
    {
        Stack = Stacks.New();
        Api = new WebSocketApi(Stack, "Api", new WebSocketApiProps { Name = "test" });
    }

    public TerraformStack Stack { get; }

    public WebSocketApi Api { get; }

    public string Synth() => Stacks.Synth(Stack);

    /// <summary>A Lambda handler given by literal name and invoke ARN.</summary>
    public static LambdaHandler Handler { get; } = new("chat-handler",
        "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:chat-handler/invocations");

    public static HttpIntegration Http() => new(new HttpIntegrationProps { Uri = "https://example.com/messages" });
}
