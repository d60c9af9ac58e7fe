using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Integration;
using HashiCorp.Cdktf.Providers.Aws.LambdaPermission;
using WsRouteResponses.Api;
using WsRouteResponses.Internal;
using WsRouteResponses.Routes;

namespace WsRouteResponses.Integrations;

/// <summary>
/// Lambda proxy (<c>AWS_PROXY</c>): the function gets the whole event and, on a two-way route, its
/// return value goes back to the caller as is. Integration responses are not allowed (rule <c>WSR301</c>).
/// </summary>
public sealed class LambdaProxyIntegration : LambdaBackedIntegration
{
    /// <summary>Invokes <paramref name="handler"/> as a Lambda proxy.</summary>
    /// <param name="handler">The function.</param>
    /// <param name="props">Settings. Default: none, with the invoke permission granted.</param>
    public LambdaProxyIntegration(LambdaHandler handler, LambdaProxyIntegrationProps? props = null)
        : base(IntegrationType.AwsProxy, handler, props ??= new LambdaProxyIntegrationProps(), props.GrantInvoke) { }
}

/// <summary>
/// Lambda non-proxy (<c>AWS</c>): request templates shape the function's input and integration
/// responses shape its answer. Response keys match the function's error message
/// (<c>$integration.response.body.errorMessage</c>), not a status code (rule <c>WSR307</c>).
/// </summary>
public sealed class LambdaIntegration : LambdaBackedIntegration
{
    /// <summary>Invokes <paramref name="handler"/> through mapping templates.</summary>
    /// <param name="handler">The function.</param>
    /// <param name="props">Settings. Default: none, with the invoke permission granted.</param>
    public LambdaIntegration(LambdaHandler handler, LambdaIntegrationProps? props = null)
        : base(IntegrationType.Aws, handler, props ??= new LambdaIntegrationProps(), props.GrantInvoke) { }

    private protected override bool ResponsesMatchErrorMessage => true;
}

/// <summary>What the two Lambda kinds share: the invoke URI and the per-route invoke permission.</summary>
public abstract class LambdaBackedIntegration : WebSocketIntegration
{
    private readonly bool _grantInvoke;

    private protected LambdaBackedIntegration(IntegrationType type, LambdaHandler handler, IntegrationProps props, bool grantInvoke)
        : base(type, props)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Handler = handler;
        _grantInvoke = grantInvoke;
    }

    /// <summary>The function invoked.</summary>
    public LambdaHandler Handler { get; }

    private protected override void Configure(Apigatewayv2IntegrationConfig config)
    {
        config.IntegrationUri = Handler.InvokeArn;
        config.IntegrationMethod = "POST"; // Lambda is always invoked with POST.
    }

    /// <summary>
    /// Least privilege: API Gateway may invoke the function for this API and this route key only, on any
    /// stage (<c>execution_arn/*/route_key</c>, the form AWS documents for WebSocket routes, <c>$connect</c> included).
    /// </summary>
    internal override DeferredResource? Grant(WebSocketRoute route, WebSocketApi api)
    {
        if (!_grantInvoke) return null;
        var config = new LambdaPermissionConfig
        {
            Action = "lambda:InvokeFunction",
            FunctionName = Handler.FunctionName,
            Principal = "apigateway.amazonaws.com",
            SourceArn = $"{api.ExecutionArn}/*/{TerraformText.Escape(route.RouteKey)}",
        };
        return api.Add(new DeferredResource("aws_lambda_permission", route.Location.Child("InvokePermission"), config,
            () => new LambdaPermission(route, "InvokePermission", config)));
    }
}
