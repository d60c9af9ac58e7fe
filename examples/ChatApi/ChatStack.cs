// HashiCorp.Cdktf (or, built with CdkFlavour=cdktn, Io.Cdktn) and its AWS provider namespaces come as
// global usings from ../../Directory.Build.props, so this one file is the example of both flavours.
// In an app of your own, write them: using HashiCorp.Cdktf; using HashiCorp.Cdktf.Providers.Aws.LambdaFunction; ...
using Constructs;
using WsRouteResponses;

namespace ChatApi;

/// <summary>
/// A chat-style WebSocket API: $connect/$disconnect, a two-way Lambda proxy $default route, a two-way
/// HTTP route with 2xx/4xx/$default integration responses and a route response model, a two-way mock
/// ping route, a one-way route, Lambda permissions, an auto-deployed stage and its wss:// URL output, and
/// a function that posts to its callers through the stage's @connections API.
/// </summary>
public sealed class ChatStack : TerraformStack
{
    public ChatStack(Construct scope, string id) : base(scope, id)
    {
        _ = new AwsProvider(this, "aws", new AwsProviderConfig { Region = "us-east-1" });

        var role = new IamRole(this, "HandlerRole", new IamRoleConfig
        {
            Name = "chat-handler",
            AssumeRolePolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
        });
        _ = new IamRolePolicyAttachment(this, "HandlerLogs", new IamRolePolicyAttachmentConfig
        {
            Role = role.Name,
            PolicyArn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        });
        var code = new TerraformAsset(this, "HandlerCode", new TerraformAssetConfig
        {
            Path = Path.Combine(AppContext.BaseDirectory, "handler"),
            Type = AssetType.ARCHIVE,
        });
        var api = new WebSocketApi(this, "Chat", new WebSocketApiProps { Name = "chat" });
        // Auto-deploy (the default): every change, a removed route included, reaches the stage.
        var stage = new WebSocketStage(api, "Prod", new WebSocketStageProps { StageName = "prod" });

        // The function posts to its callers through the stage's @connections API: the callback URL and the
        // grant do not depend on the stage resource, so there is no cycle (function -> stage -> ... -> function).
        var function = new LambdaFunction(this, "Handler", new LambdaFunctionConfig
        {
            FunctionName = "chat-handler",
            Role = role.Arn,
            Runtime = "nodejs20.x",
            Handler = "index.handler",
            Filename = code.Path,
            SourceCodeHash = code.AssetHash,
            Environment = new LambdaFunctionEnvironment { Variables = new Dictionary<string, string> { ["CALLBACK_URL"] = stage.CallbackUrl } },
        });
        _ = stage.GrantManagementApiAccess(role.Name);
        // Shared by three routes: named, so that its address does not depend on which route comes first.
        var handler = new LambdaProxyIntegration(LambdaHandler.FromFunction(function), new LambdaProxyIntegrationProps { Id = "Handler" });

        // Connection lifecycle: one-way, nothing is sent back.
        _ = new OneWayRoute(api, "Connect", new OneWayRouteProps { RouteKey = "$connect", Integration = handler });
        _ = new OneWayRoute(api, "Disconnect", new OneWayRouteProps { RouteKey = "$disconnect", Integration = handler });

        // Seed 000: Lambda proxy, two-way: the function's return value goes back to the caller.
        _ = new TwoWayRoute(api, "DefaultRoute", new TwoWayRouteProps { RouteKey = "$default", Integration = handler });

        // Seed 001 + 002: non-proxy HTTP, answers shaped per status class, route response with a model.
        var message = new WebSocketModel(api, "MessageModel", new WebSocketModelProps
        {
            Name = "Message",
            Schema = """{"$schema":"http://json-schema.org/draft-04/schema#","type":"object","properties":{"status":{"type":"string"},"message":{"type":"string"}},"required":["status"]}""",
        });
        _ = new TwoWayRoute(api, "SendMessage", new TwoWayRouteProps
        {
            RouteKey = "sendmessage",
            Integration = new HttpIntegration(new HttpIntegrationProps
            {
                Uri = "https://chat.example.com/messages",
                RequestTemplates = new Dictionary<string, string> { ["$default"] = """{"connectionId": "$context.connectionId", "text": $input.json('$.text')}""" },
                TemplateSelectionExpression = "\\$default",
                Timeout = TimeSpan.FromSeconds(10),
            }),
            IntegrationResponses =
            [
                new IntegrationResponse
                {
                    Key = IntegrationResponseKey.StatusClass(2),
                    TemplateSelectionExpression = "${integration.response.statuscode}",
                    Templates = new Dictionary<string, string>
                    {
                        ["200"] = """{"status": "sent", "message": $input.json('$.id')}""",
                        ["$default"] = """{"status": "accepted"}""",
                    },
                },
                IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(4), """{"status": "rejected", "message": $input.json('$.error')}"""),
                IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, """{"status": "error"}"""),
            ],
            // Documents the answer; AWS does not support a route response model selection expression (WSR107).
            ResponseModels = new Dictionary<string, IWebSocketModel> { ["$default"] = message },
        });

        // No backend: API Gateway answers "pong" itself.
        _ = new TwoWayRoute(api, "Ping", new TwoWayRouteProps
        {
            RouteKey = "ping",
            Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, """{"action": "pong"}""")],
        });

        // Fire and forget: the backend gets the message, the caller gets nothing back.
        _ = new OneWayRoute(api, "Typing", new OneWayRouteProps
        {
            RouteKey = "typing",
            Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://chat.example.com/typing" }),
        });
    }
}
