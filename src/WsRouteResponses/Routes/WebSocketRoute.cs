using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Model;
using WsRouteResponses.Modeling;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;
using WsRouteResponses.Validation;

namespace WsRouteResponses;

/// <summary>
/// What <see cref="TwoWayRoute"/> and <see cref="OneWayRoute"/> share: the <c>aws_apigatewayv2_route</c>,
/// its integration (created on first use, or existing) and, for Lambda, the invoke permission. Each
/// describes itself in the API's model, where the rules run, before the API writes it.
/// </summary>
public abstract class WebSocketRoute : Construct, ILocated
{
    private readonly DeferredResource _route;
    private readonly DeferredResource? _permission;

    private protected WebSocketRoute(Construct scope, string id, WebSocketRouteProps props, bool twoWay) : base(scope, id)
    {
        var kind = twoWay ? nameof(TwoWayRouteProps) : nameof(OneWayRouteProps);
        RequiredProps.NotNull(props, () => $"{scope}/{id}", kind);
        Api = props.Api ?? scope as WebSocketApi
            ?? throw new ArgumentException($"[{scope}/{id}] {kind}.Api is not set and the route's scope is not a WebSocketApi; create the route in its API (new {GetType().Name}(api, ...)) or set Api.", nameof(props));
        RouteKey = props.RouteKey ?? throw new ArgumentNullException(nameof(props), $"[{scope}/{id}] {kind}.RouteKey is null; give the route key, e.g. \"sendmessage\" or \"$default\".");
        var integration = props.Integration ?? throw new ArgumentNullException(nameof(props), $"[{scope}/{id}] {kind}.Integration is null; give what the route calls, e.g. new MockIntegration().");
        Location = Api.LocationOf(scope).Child(id);
        Api.CheckSameStack(Location);
        Api.Moves.Renamed(Location, props.RenamedFrom);
        ImportApiId = props.Import is null ? null : ImportableApiId();

        Integration = Api.Bind(integration, this);
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
        _route = Describe("aws_apigatewayv2_route", "Route", config, () => new Apigatewayv2Route(this, "Route", config));
        _permission = integration.Grant(this, Api);

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

    /// <summary>Makes the route resource depend on the resources at <paramref name="addresses"/> (its integration's responses).</summary>
    internal void DependOn(IEnumerable<string> addresses) => _route.AddDependencies(addresses);

    /// <summary>The attributes the API's routes output shows for this route.</summary>
    internal virtual Dictionary<string, string> OutputAttributes() => new() { ["route_id"] = _route.Reference("id") };

    /// <summary>Describes a resource of this route in the API's model, where its rules run, and hands it to the API, which writes it at synth.</summary>
    /// <exception cref="WebSocketRuleException">The resource breaks a rule.</exception>
    private protected DeferredResource Describe(string terraformType, string id, object config, Func<TerraformResource> create)
    {
        var resource = new DeferredResource(terraformType, Location.Child(id), config, create);
        Api.Model.Add(ModelInput.Definition<Definition>(Api.Model, terraformType, WebSocketApi.OriginOf(resource), config), this, Location.Path);
        return Api.Add(resource);
    }

    /// <summary>The API id for import ids when the route adopts existing resources (<see cref="WebSocketRouteProps.Import"/>), else null.</summary>
    private protected string? ImportApiId { get; }

    /// <summary>The API id for import ids, which must be known before apply (rule <c>WSR601</c>).</summary>
    private string ImportableApiId() =>
        Tokens.IsUnresolved(Api.ApiId)
            ? throw RuleViolation.Error(this, Rules.Import, "The route adopts existing resources, but its API is created in this stack, so its id is only known after apply.")
            : Api.ApiId;

    private protected static Dictionary<string, string>? ModelNames(IReadOnlyDictionary<string, IWebSocketModel>? models) =>
        models?.ToDictionary(m => m.Key, m => m.Value.ModelName);
}
