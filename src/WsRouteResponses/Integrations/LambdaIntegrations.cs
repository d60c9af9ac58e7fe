using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Model;
using WsRouteResponses.Modeling;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;

namespace WsRouteResponses;

/// <summary>
/// Lambda proxy (<c>AWS_PROXY</c>): the function gets the whole event and, on a two-way route, its
/// return value goes back to the caller as is. Integration responses are not allowed (rule <c>WSR301</c>).
/// </summary>
public sealed class LambdaProxyIntegration : LambdaBackedIntegration
{
    /// <summary>Invokes <paramref name="handler"/> as a Lambda proxy.</summary>
    /// <param name="handler">The function.</param>
    /// <param name="props">Settings. Default: none, with an invoke permission per route.</param>
    public LambdaProxyIntegration(LambdaHandler handler, LambdaProxyIntegrationProps? props = null)
        : base(IntegrationType.AwsProxy, handler, props ??= new LambdaProxyIntegrationProps(), props.Permission) { }
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
    /// <param name="props">Settings. Default: none, with an invoke permission per route.</param>
    public LambdaIntegration(LambdaHandler handler, LambdaIntegrationProps? props = null)
        : base(IntegrationType.Aws, handler, props ??= new LambdaIntegrationProps(), props.Permission) { }

}

/// <summary>What the two Lambda kinds share: the invoke URI and the invoke permissions.</summary>
public abstract class LambdaBackedIntegration : WebSocketIntegration
{
    private readonly InvokePermission _permission;
    private readonly Dictionary<WebSocketApi, DeferredResource> _apiPermissions = new(ReferenceEqualityComparer.Instance);

    private protected LambdaBackedIntegration(IntegrationType type, LambdaHandler handler, IntegrationProps props, InvokePermission permission)
        : base(type, props)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Handler = handler;
        _permission = permission;
    }

    /// <summary>The function invoked.</summary>
    public LambdaHandler Handler { get; }

    // The user said the permission is granted elsewhere.
    private protected override Rule[] AcceptedRules => _permission == InvokePermission.None ? [Rules.LambdaInvokePermission] : [];

    internal override IntegrationReference Bind(WebSocketRoute route, WebSocketApi api)
    {
        Handler.AddTokenReferences(api.Model);
        return base.Bind(route, api);
    }

    private protected override void Configure(Apigatewayv2IntegrationConfig config, string routePath)
    {
        config.IntegrationUri = Handler.InvokeArn;
        config.IntegrationMethod = "POST"; // Lambda is always invoked with POST.
    }

    /// <summary>
    /// Per route (least privilege): this API and this route key only, on any stage
    /// (<c>execution_arn/*/route_key</c>, the form AWS documents for WebSocket routes, <c>$connect</c> included).
    /// Per API: one for all routes, next to the integration (<c>execution_arn/*/*</c>).
    /// </summary>
    internal override DeferredResource? Grant(WebSocketRoute route, WebSocketApi api)
    {
        switch (_permission)
        {
            case InvokePermission.None:
                return null;
            case InvokePermission.PerApi:
                if (!_apiPermissions.TryGetValue(api, out var shared))
                    _apiPermissions[api] = shared = Name is { } name
                        ? Permit(api, route, "*", api.IntegrationScopes.LocationOf(name).Child("InvokePermission"), () => api.IntegrationScopes.ScopeOf(name))
                        : Permit(api, route, "*", route.Location.Child("InvokePermission"), () => route);
                return shared;
            default:
                return Permit(api, route, TerraformText.Escape(route.RouteKey), route.Location.Child("InvokePermission"), () => route);
        }
    }

    private DeferredResource Permit(WebSocketApi api, WebSocketRoute route, string routeKey, Location location, Func<Construct> scope)
    {
        var config = new LambdaPermissionConfig
        {
            Action = "lambda:InvokeFunction",
            FunctionName = Handler.FunctionName,
            Principal = "apigateway.amazonaws.com",
            SourceArn = $"{api.ExecutionArn}/*/{routeKey}",
            // Every attribute replaces the permission: create the new statement (its id is unique) before the
            // old one goes, so that no call falls between them ("Internal server error").
            Lifecycle = TerraformAttributes.CreateBeforeDestroy,
        };
        var resource = new DeferredResource("aws_lambda_permission", location, config, () => new LambdaPermission(scope(), "InvokePermission", config));
        api.Model.Add(ModelInput.Definition<PermissionDefinition>(api.Model, resource.TerraformType, WebSocketApi.OriginOf(resource), config), route, route.Location.Path);
        return api.Add(resource);
    }
}
