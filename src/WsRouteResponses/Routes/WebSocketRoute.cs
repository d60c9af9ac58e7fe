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
/// Every rule is checked before anything is created.
/// </summary>
public abstract class WebSocketRoute : Construct, ILocated
{
    private static readonly string[] s_reservedKeys = ["$connect", "$disconnect", "$default"];
    private readonly DeferredResource _route;
    private readonly DeferredResource? _permission;

    private protected WebSocketRoute(Construct scope, string id, WebSocketRouteProps props, bool twoWay) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        Api = props.Api;
        RouteKey = props.RouteKey;
        Location = Api.LocationOf(scope).Child(id);
        Api.CheckSameStack(Location);
        CheckRouteKey(props.RouteKey);
        CheckAuthorization(props);
        CheckKind(props);
        ImportApiId = props.Import is null ? null : ImportableApiId();
        Api.Register(this, RouteKey);

        Integration = Api.Bind(props.Integration, this);
        var config = new Apigatewayv2RouteConfig
        {
            ApiId = Api.ApiId,
            RouteKey = TerraformText.Escape(RouteKey),
            Target = $"integrations/{Integration.IntegrationId}",
            OperationName = TerraformText.EscapeOrNull(props.OperationName),
            RequestModels = ModelNames(props.RequestModels),
            ModelSelectionExpression = TerraformText.EscapeOrNull(props.RequestModelSelectionExpression),
            AuthorizationType = props.Authorization.ToTerraform(),
            AuthorizerId = props.AuthorizerId,
            ApiKeyRequired = props.ApiKeyRequired ? true : null,
            // Half of what makes a route two-way; TwoWayRoute adds the other half, the $default route response.
            RouteResponseSelectionExpression = twoWay ? TwoWayRoute.ResponseKey : null,
        };
        _route = Defer("aws_apigatewayv2_route", "Route", config, () => new Apigatewayv2Route(this, "Route", config));
        _permission = props.Integration.Grant(this, Api);

        if (props.Import is { } import)
        {
            _route.ImportFrom($"{ImportApiId}/{import.RouteId}");
            if (import.IntegrationId is not null)
                Integration.Deferred?.ImportFrom($"{ImportApiId}/{import.IntegrationId}");
        }
    }

    /// <summary>The API of the route.</summary>
    public WebSocketApi Api { get; }

    /// <summary>The route key.</summary>
    public string RouteKey { get; }

    /// <summary>The route's integration: id, type and, when defined in this stack, the provider resource.</summary>
    public IntegrationReference Integration { get; }

    /// <summary>The provider resource of the route (escape hatch; created on first read).</summary>
    public Apigatewayv2Route Route => (Apigatewayv2Route)_route.Materialize();

    /// <summary>The route id (a token of <see cref="Route"/>).</summary>
    public string RouteId => Route.Id;

    /// <summary>The Lambda invoke permission of this route (escape hatch; created on first read), or null (not Lambda, or opted out).</summary>
    public LambdaPermission? Permission => (LambdaPermission?)_permission?.Materialize();

    Location ILocated.Location => Location;

    internal Location Location { get; }

    /// <summary>A Terraform reference to an attribute of the route, without creating its provider object.</summary>
    internal string RouteReference(string attribute) => _route.Reference(attribute);

    /// <summary>The attributes the API's routes output shows for this route.</summary>
    internal virtual Dictionary<string, string> OutputAttributes() => new() { ["route_id"] = _route.Reference("id") };

    /// <summary>Describes a resource of this route and hands it to the API, which writes it at synth.</summary>
    private protected DeferredResource Defer(string terraformType, string id, object config, Func<HashiCorp.Cdktf.TerraformResource> create)
    {
        var resource = Api.Add(new DeferredResource(terraformType, Location.Child(id), config, create));
        Api.TrackDeployable(resource.Address);
        return resource;
    }

    /// <summary>Checks what is particular to the route kind, before anything is created.</summary>
    private protected virtual void CheckKind(WebSocketRouteProps props) { }

    /// <summary>The API id for import ids when the route adopts existing resources (<see cref="WebSocketRouteProps.Import"/>), else null.</summary>
    private protected string? ImportApiId { get; }

    /// <summary>The API id for import ids, which must be known before apply (rule <c>WSR601</c>).</summary>
    private string ImportableApiId() =>
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
        if (props.Authorization == RouteAuthorization.Custom ^ props.AuthorizerId is not null)
            throw Check.Fail(this, Rules.CustomAuthorizer, props.AuthorizerId is null
                ? "Authorization is Custom but no AuthorizerId is given."
                : $"AuthorizerId is given but Authorization is {props.Authorization?.ToString() ?? "unset"}.");
        if (RouteKey == "$connect" || Tokens.IsUnresolved(RouteKey)) return;
        var set = new List<string>();
        if (props.Authorization is { } auth && auth != RouteAuthorization.None) set.Add($"Authorization = {auth}");
        if (props.AuthorizerId is not null) set.Add("AuthorizerId");
        if (props.ApiKeyRequired) set.Add("ApiKeyRequired = true");
        if (set.Count > 0)
            throw Check.Fail(this, Rules.AuthorizationOnConnectOnly, $"Route \"{RouteKey}\" sets {string.Join(", ", set)}, which API Gateway applies only on $connect.");
    }
}
