using Constructs;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Route;
using HashiCorp.Cdktf.Providers.Aws.LambdaPermission;
using WsRouteResponses.Api;
using WsRouteResponses.Integrations;
using WsRouteResponses.Internal;
using WsRouteResponses.Models;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Routes;

/// <summary>
/// What <see cref="TwoWayRoute"/> and <see cref="OneWayRoute"/> share: the <c>aws_apigatewayv2_route</c>,
/// its integration (created on first use, or existing) and, for Lambda, the invoke permission.
/// </summary>
public abstract class WebSocketRoute : Construct
{
    private static readonly string[] s_reservedKeys = ["$connect", "$disconnect", "$default"];

    private protected WebSocketRoute(Construct scope, string id, WebSocketRouteProps props, bool twoWay) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        Api = props.Api;
        RouteKey = props.RouteKey;
        CheckRouteKey(props.RouteKey);
        CheckAuthorization(props);
        Api.Register(this, RouteKey);

        Integration = Api.Bind(props.Integration, this);
        var config = new Apigatewayv2RouteConfig
        {
            ApiId = Api.ApiId,
            RouteKey = RouteKey,
            Target = $"integrations/{Integration.IntegrationId}",
            OperationName = props.OperationName,
            RequestModels = ModelNames(props.RequestModels),
            ModelSelectionExpression = TerraformText.EscapeOrNull(props.RequestModelSelectionExpression),
            AuthorizationType = props.Authorization switch
            {
                null => null,
                RouteAuthorization.None => "NONE",
                RouteAuthorization.AwsIam => "AWS_IAM",
                RouteAuthorization.Custom => "CUSTOM",
                _ => throw new ArgumentOutOfRangeException(nameof(props), props.Authorization, "Unknown authorization."),
            },
            AuthorizerId = props.AuthorizerId,
            ApiKeyRequired = props.ApiKeyRequired ? true : null,
            // Half of what makes a route two-way; TwoWayRoute adds the other half, the $default route response.
            RouteResponseSelectionExpression = twoWay ? TwoWayRoute.ResponseKey : null,
        };
        Route = new Apigatewayv2Route(this, "Route", config);
        RouteId = Route.Id;
        Api.TrackDeployable(Route);
        Permission = props.Integration.Grant(this, Api, RouteKey);

        if (props.Import is { } import)
        {
            var apiId = ImportableApiId();
            Route.ImportFrom($"{apiId}/{import.RouteId}");
            if (import.IntegrationId is not null && Integration.Resource is { } integration)
                integration.ImportFrom($"{apiId}/{import.IntegrationId}");
        }
    }

    /// <summary>The API of the route.</summary>
    public WebSocketApi Api { get; }

    /// <summary>The route key.</summary>
    public string RouteKey { get; }

    /// <summary>The route's integration: id, type and, when created by the library, the provider resource.</summary>
    public IntegrationReference Integration { get; }

    /// <summary>The integration id the route targets.</summary>
    public string IntegrationId => Integration.IntegrationId;

    /// <summary>The provider resource of the route (escape hatch).</summary>
    public Apigatewayv2Route Route { get; }

    /// <summary>The route id (a token).</summary>
    public string RouteId { get; }

    /// <summary>The Lambda invoke permission created for this route, or null (not Lambda, or opted out).</summary>
    public LambdaPermission? Permission { get; }

    /// <summary>The attributes the API's routes output shows for this route.</summary>
    internal virtual Dictionary<string, string> OutputAttributes() => new() { ["route_id"] = RouteId };

    /// <summary>The API id for import ids, which must be known before apply (rule <c>WSR601</c>).</summary>
    private protected string ImportableApiId() =>
        Tokens.IsUnresolved(Api.ApiId)
            ? throw Check.Fail(this, Rules.Import, "The route adopts existing resources, but its API is created in this stack, so its id is only known after apply.")
            : Api.ApiId;

    private protected static Dictionary<string, string>? ModelNames(IReadOnlyDictionary<string, IWebSocketModel>? models) =>
        models?.ToDictionary(m => m.Key, m => m.Value.ModelName);

    private void CheckRouteKey(string key)
    {
        if (Tokens.IsUnresolved(key)) return;
        if (string.IsNullOrWhiteSpace(key))
            throw Check.Fail(this, Rules.RouteKey, "The route key is empty.");
        if (key.StartsWith('$') && !s_reservedKeys.Contains(key))
            throw Check.Fail(this, Rules.RouteKey, $"\"{key}\" starts with '$' but is not one of the reserved keys $connect, $disconnect, $default.");
    }

    private void CheckAuthorization(WebSocketRouteProps props)
    {
        if (RouteKey == "$connect" || Tokens.IsUnresolved(RouteKey)) return;
        var set = new List<string>();
        if (props.Authorization is { } auth && auth != RouteAuthorization.None) set.Add($"Authorization = {auth}");
        if (props.AuthorizerId is not null) set.Add("AuthorizerId");
        if (props.ApiKeyRequired) set.Add("ApiKeyRequired = true");
        if (set.Count > 0)
            throw Check.Fail(this, Rules.AuthorizationOnConnectOnly, $"Route \"{RouteKey}\" sets {string.Join(", ", set)}, which API Gateway applies only on $connect.");
    }
}
