using Constructs;
using HashiCorp.Cdktf;
using HashiCorp.Cdktf.Providers.Aws.IamRole;
using HashiCorp.Cdktf.Providers.Aws.IamRolePolicyAttachment;
using HashiCorp.Cdktf.Providers.Aws.LambdaFunction;
using HashiCorp.Cdktf.Providers.Aws.Provider;
using WsRouteResponses;

namespace WsrrApp;

/// <summary>
/// An API Gateway WebSocket API with an auto-deployed stage "prod": the route "ping" is answered by API Gateway
/// itself, every other message goes to a Node.js Lambda function whose return value is the answer.
/// </summary>
public sealed class ChatStack : TerraformStack
{
    /// <summary>Makes the stack; <paramref name="id"/> also names the API and the function.</summary>
    public ChatStack(Construct scope, string id) : base(scope, id)
    {
        new AwsProvider(this, "aws", new AwsProviderConfig { Region = "us-east-1" });

        var api = new WebSocketApi(this, "Chat", new WebSocketApiProps { Name = id });
        new WebSocketStage(api, "Prod", new WebSocketStageProps { StageName = "prod" });

        // {"action": "ping"} is answered {"action": "pong"}, with no backend: a MOCK integration and its response.
        new TwoWayRoute(api, "Ping", new TwoWayRouteProps
        {
            RouteKey = "ping",
            Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, """{"action": "pong"}""")],
        });

        // Any other message: a Lambda proxy integration, the function's return value is sent back.
        var role = new IamRole(this, "HandlerRole", new IamRoleConfig
        {
            Name = $"{id}-handler",
            AssumeRolePolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
        });
        new IamRolePolicyAttachment(this, "HandlerLogs", new IamRolePolicyAttachmentConfig
        {
            Role = role.Name,
            PolicyArn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        });
        var code = new TerraformAsset(this, "HandlerCode", new TerraformAssetConfig
        {
            Path = Path.Combine(AppContext.BaseDirectory, "handler"),
            Type = AssetType.ARCHIVE,
        });
        var handler = new LambdaFunction(this, "Handler", new LambdaFunctionConfig
        {
            FunctionName = $"{id}-handler",
            Role = role.Arn,
            Runtime = "nodejs22.x",
            Handler = "index.handler",
            Filename = code.Path,
            SourceCodeHash = code.AssetHash,
        });
        // The id "Default" would be left out of Terraform addresses (a cdktf rule), hence DefaultRoute.
        new TwoWayRoute(api, "DefaultRoute", new TwoWayRouteProps
        {
            RouteKey = "$default",
            Integration = new LambdaProxyIntegration(LambdaHandler.FromFunction(handler)),
        });
    }
}
