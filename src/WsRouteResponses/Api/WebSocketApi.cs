using Amazon.JSII.Runtime.Deputy;
using Constructs;
using HashiCorp.Cdktf;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Api;
using HashiCorp.Cdktf.Providers.Aws.DataAwsApigatewayv2Api;
using WsRouteResponses.Integrations;
using WsRouteResponses.Internal;
using WsRouteResponses.Responses;
using WsRouteResponses.Routes;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Api;

/// <summary>
/// A WebSocket API: either an <c>aws_apigatewayv2_api</c> the library creates (protocol WEBSOCKET), or an
/// existing one attached with <see cref="FromResource"/> or <see cref="FromApiId"/>. It keeps the
/// registry of its routes and integrations that the API-wide rules (unique route keys, quotas) and the
/// stage's redeployment trigger need, and writes the resources of its routes at synth (see
/// <see cref="WebSocketApiOptions.MaterializeResources"/>).
/// </summary>
public sealed class WebSocketApi : Construct, ILocated
{
    private readonly List<WebSocketRoute> _routes = [];
    private readonly Dictionary<string, WebSocketRoute> _routesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<WebSocketIntegration, IntegrationReference> _integrations = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _integrationKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IntegrationResponseDefinitions> _responseSets = new(StringComparer.Ordinal);
    private readonly List<string> _deployables = [];
    private int _stages;
    private bool _hasOneWayRoute, _deferredRulesAdded;
    private readonly Dictionary<IConstruct, Location> _scopeLocations = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _integrationNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _routePermissions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Construct> _integrationScopes = new(StringComparer.Ordinal);
    private Construct? _integrationsScope;
    private readonly ResourceEmitter? _emitter;
    private readonly Lazy<(string ExecutionArn, string ApiEndpoint)> _attributes;
    private readonly WebSocketQuotas _quotas;
    private bool _apiTracked;

    /// <summary>Creates an <c>aws_apigatewayv2_api</c> with protocol WEBSOCKET.</summary>
    /// <exception cref="WebSocketRuleException">The route selection expression is not a WebSocket one (rule <c>WSR501</c>).</exception>
    public WebSocketApi(Construct scope, string id, WebSocketApiProps props) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        Location = Locate(scope, id);
        var expression = props.RouteSelectionExpression;
        if (!Tokens.IsUnresolved(expression) && !SelectsFromBody(expression))
            throw Check.Fail(this, Rules.RouteSelectionExpression, $"\"{expression}\" does not select from the message body.");

        var resource = new Apigatewayv2Api(this, "Resource", new Apigatewayv2ApiConfig
        {
            Name = props.Name,
            ProtocolType = "WEBSOCKET",
            RouteSelectionExpression = TerraformText.Escape(expression),
            ApiKeySelectionExpression = TerraformText.EscapeOrNull(props.ApiKeySelectionExpression),
            Description = TerraformText.EscapeOrNull(props.Description),
            Tags = props.Tags?.ToDictionary(),
        });
        Resource = resource;
        ApiId = resource.Id;
        _attributes = new(() => (resource.ExecutionArn, resource.ApiEndpoint));
        _quotas = props.Quotas;
        _emitter = Initialize(props);
    }

    private WebSocketApi(Construct scope, string id, string apiId, Apigatewayv2Api? resource, WebSocketApiOptions options) : base(scope, id)
    {
        Location = Locate(scope, id);
        ApiId = apiId;
        Resource = resource;
        _attributes = resource is not null
            ? new(() => (resource.ExecutionArn, resource.ApiEndpoint))
            : new(() =>
            {
                var lookup = new DataAwsApigatewayv2Api(this, "Lookup", new DataAwsApigatewayv2ApiConfig { ApiId = apiId });
                return (lookup.ExecutionArn, lookup.ApiEndpoint);
            });
        IsAttached = true;
        _quotas = options.Quotas;
        _emitter = Initialize(options);
    }

    /// <summary>Attaches to an <c>aws_apigatewayv2_api</c> defined elsewhere in the stack.</summary>
    /// <param name="scope">Where the attachment construct goes.</param>
    /// <param name="id">Its id.</param>
    /// <param name="resource">The API resource; its id is read once.</param>
    /// <param name="options">Outputs and materialization. Default: <see cref="WebSocketApiOptions"/>'s defaults.</param>
    public static WebSocketApi FromResource(Construct scope, string id, Apigatewayv2Api resource, WebSocketApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new(scope, id, resource.Id, resource, options ?? new WebSocketApiOptions());
    }

    /// <summary>
    /// Attaches to an API that exists in AWS, by id. Its execution ARN and endpoint, needed only for Lambda
    /// permissions and the stage URL, are read by an <c>aws_apigatewayv2_api</c> data source created on first use.
    /// </summary>
    /// <param name="scope">Where the attachment construct goes.</param>
    /// <param name="id">Its id.</param>
    /// <param name="apiId">The API id, e.g. <c>a1b2c3d4e5</c>.</param>
    /// <param name="options">Outputs and materialization. Default: <see cref="WebSocketApiOptions"/>'s defaults.</param>
    public static WebSocketApi FromApiId(Construct scope, string id, string apiId, WebSocketApiOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiId);
        return new(scope, id, apiId, null, options ?? new WebSocketApiOptions());
    }

    /// <summary>The API id (a token when the API is created here).</summary>
    public string ApiId { get; }

    /// <summary>The execution ARN, the prefix of Lambda permission source ARNs.</summary>
    public string ExecutionArn => _attributes.Value.ExecutionArn;

    /// <summary>The <c>wss://</c> endpoint of the API, without a stage.</summary>
    public string ApiEndpoint => _attributes.Value.ApiEndpoint;

    /// <summary>The provider resource (escape hatch), or null when attached by id.</summary>
    public Apigatewayv2Api? Resource { get; }

    /// <summary>Whether the API was attached (<see cref="FromResource"/>, <see cref="FromApiId"/>): it may have routes this stack does not define.</summary>
    internal bool IsAttached { get; }

    /// <summary>The routes of this API, in the order they were added.</summary>
    public IReadOnlyList<WebSocketRoute> Routes => _routes.AsReadOnly();

    Location ILocated.Location => Location;

    internal Location Location { get; }

    /// <summary>
    /// Addresses of the resources whose change must redeploy a stage (routes, integrations, route
    /// responses, integration responses, models), sorted so that the order code adds them in does not matter.
    /// </summary>
    internal IEnumerable<string> DeployableAddresses => _deployables.Order(StringComparer.Ordinal);

    internal void TrackDeployable(string address) => _deployables.Add(address);

    /// <summary>Adds the API resource, when the stack defines it, to <see cref="DeployableAddresses"/> (its route selection and API key selection expressions); once.</summary>
    internal void TrackApiResource()
    {
        if (_apiTracked || Resource is null) return;
        TrackDeployable(TerraformAddress.Of(Resource));
        _apiTracked = true;
    }

    /// <summary>
    /// Hands a fully described resource to the emitter, or creates its provider object right away when
    /// <see cref="WebSocketApiOptions.MaterializeResources"/> is set.
    /// </summary>
    internal DeferredResource Add(DeferredResource resource)
    {
        if (_emitter is not null) _emitter.Add(resource);
        else resource.Materialize();
        return resource;
    }

    /// <summary>
    /// The API's routes and responses reference each other by Terraform address, which holds within one
    /// stack only (and the emitter writes to the API's stack).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="location"/> is in another stack.</exception>
    internal void CheckSameStack(Location location)
    {
        if (location.StackPath != Location.StackPath)
            throw new ArgumentException($"[{location.Path}] is in stack \"{location.StackPath}\" but its API {Location.Path} is in stack \"{Location.StackPath}\"; create routes and integration responses in the API's stack.");
    }

    /// <summary>Where <paramref name="scope"/> is: free for library constructs, two jsii reads (once) for others.</summary>
    internal Location LocationOf(IConstruct scope)
    {
        if (scope is ILocated located) return located.Location;
        if (!_scopeLocations.TryGetValue(scope, out var location))
            _scopeLocations[scope] = location = Locate(scope);
        return location;
    }

    // Construct.toString() is the construct path: one string from jsii, where Node.Path would first
    // make jsii look up the .NET type of Node (slow the first time).
    private static Location Locate(IConstruct construct) => new(construct.ToString()!, TerraformStack.Of(construct).ToString());

    // The usual case, an API directly in its stack, costs one jsii call.
    private static Location Locate(Construct scope, string id)
    {
        if (scope is not TerraformStack stack) return Locate(scope).Child(id);
        var stackPath = stack.ToString();
        return new Location(stackPath, stackPath).Child(id);
    }

    /// <summary>Where a named integration goes (<see cref="IntegrationProps.Id"/>): <c>&lt;api&gt;/Integrations/&lt;name&gt;</c>.</summary>
    /// <exception cref="ArgumentException">Another integration of the API has the same name.</exception>
    internal Location IntegrationLocation(string name, WebSocketRoute route) =>
        _integrationNames.Add(name)
            ? NamedIntegrationLocation(name)
            : throw new ArgumentException($"[{route.Location.Path}] Another integration of the API is named \"{name}\"; IntegrationProps.Id must be unique in the API.", nameof(name));

    /// <summary>The location of the construct of a named integration, <c>&lt;api&gt;/Integrations/&lt;name&gt;</c>.</summary>
    internal Location NamedIntegrationLocation(string name) => Location.Child(IntegrationsId).Child(name);

    /// <summary>The construct of a named integration, scope of its provider objects, created when the first one is materialized.</summary>
    internal Construct IntegrationScope(string name)
    {
        _integrationsScope ??= new Construct(this, IntegrationsId);
        if (!_integrationScopes.TryGetValue(name, out var scope))
            _integrationScopes[name] = scope = new Construct(_integrationsScope, name);
        return scope;
    }

    private const string IntegrationsId = "Integrations";

    /// <summary>
    /// Counts the per-route invoke permissions of a function; warning <c>WSR204</c> once the function's
    /// resource policy (20 KB) would hold more than about 50 of them.
    /// </summary>
    internal void CountRoutePermission(string functionName, WebSocketRoute route)
    {
        var count = _routePermissions[functionName] = _routePermissions.GetValueOrDefault(functionName) + 1;
        if (count == MaxRoutePermissions + 1)
            Check.Warn(route, Rules.LambdaPolicySize,
                $"This is invoke permission {count} of this API for function {functionName}; a Lambda resource policy holds 20 KB, about {MaxRoutePermissions} such statements.");
    }

    private const int MaxRoutePermissions = 50;

    /// <summary>Adds a route to the registry; rules <c>WSR102</c> (unique key) and <c>WSR104</c> (quota).</summary>
    internal void Register(WebSocketRoute route, string routeKey)
    {
        if (_routesByKey.TryGetValue(routeKey, out var existing))
            throw Check.Fail(route, Rules.DuplicateRouteKey, $"Route key \"{routeKey}\" is already used by {existing.Location.Path}.");
        if (_routes.Count == _quotas.Routes)
            Check.Warn(route, Rules.RouteQuota, OverQuota("route", _quotas.Routes, WebSocketQuotas.DefaultRoutes));
        if (!Tokens.IsUnresolved(routeKey)) _routesByKey.Add(routeKey, route);
        _routes.Add(route);
        if (route is OneWayRoute)
        {
            _hasOneWayRoute = true;
            AddDeferredRules();
        }
    }

    /// <summary>Creates the integration on first use under <paramref name="route"/>, or returns the one made before.</summary>
    internal IntegrationReference Bind(WebSocketIntegration integration, WebSocketRoute route)
    {
        if (_integrations.TryGetValue(integration, out var bound)) return bound;
        bound = integration.Bind(route, this);
        // An integration the library writes tracks itself; one defined elsewhere in the stack is tracked here.
        if (bound.Deferred is null && bound.ResourceAddress is { } address) TrackDeployable(address);
        CountIntegration(bound.Key, route);
        _integrations.Add(integration, bound);
        return bound;
    }

    /// <summary>Counts a stage of the API; rule <c>WSR504</c>.</summary>
    internal void Register(WebSocketStage stage)
    {
        if (_stages == _quotas.Stages)
            Check.Warn(stage, Rules.StageQuota, OverQuota("stage", _quotas.Stages, WebSocketQuotas.DefaultStages));
        _stages++;
    }

    /// <summary>Records the responses of an integration; an integration has one set (rule <c>WSR308</c>).</summary>
    internal void Register(IntegrationResponseDefinitions set)
    {
        var key = set.Integration.Key;
        if (_responseSets.TryGetValue(key, out var existing))
            throw Check.Fail(set.Location, Rules.ResponsesDefinedOnce, $"The integration already has integration responses, defined by {existing.Location.Path}.");
        CountIntegration(key, set.WarnOn);
        _responseSets.Add(key, set);
        AddDeferredRules();
    }

    /// <summary>Whether integration responses were defined for the integration.</summary>
    internal bool HasResponses(IntegrationReference integration) => _responseSets.ContainsKey(integration.Key);

    /// <summary>Counts an integration of the API, whether routes use it or not; rule <c>WSR202</c>.</summary>
    private void CountIntegration(string key, IConstruct where)
    {
        if (_integrationKeys.Contains(key)) return;
        if (_integrationKeys.Count == _quotas.Integrations)
            Check.Warn(where, Rules.IntegrationQuota, OverQuota("integration", _quotas.Integrations, WebSocketQuotas.DefaultIntegrations));
        _integrationKeys.Add(key);
    }

    private static string OverQuota(string what, int quota, int defaultQuota) => quota == defaultQuota
        ? $"This is {what} {quota + 1} of the API; AWS's default quota is {quota}."
        : $"This is {what} {quota + 1} of the API; its declared quota is {quota}.";

    private ResourceEmitter? Initialize(WebSocketApiOptions options)
    {
        if (options.RoutesOutput)
            _ = new TerraformOutput(this, "Routes", new TerraformOutputConfig
            {
                Description = "Route key -> route id, route response id and key (two-way routes), of this WebSocket API.",
                Value = Lazy.AnyValue(new RoutesProducer(this)),
            });
        // HCL output needs every resource as a provider object; cdktf reads this variable for `synth --hcl`.
        var hclOutput = Environment.GetEnvironmentVariable("SYNTH_HCL_OUTPUT") is "true" or "1";
        return options.MaterializeResources || hclOutput ? null : new ResourceEmitter(this, "Resources");
    }

    /// <summary>Registers <see cref="DeferredRules"/> once there is something for them to check (a one-way route and a response set).</summary>
    private void AddDeferredRules()
    {
        if (_deferredRulesAdded || _responseSets.Count == 0 || !_hasOneWayRoute) return;
        Node.AddValidation(new DeferredRules(this));
        _deferredRulesAdded = true;
    }

    private static bool SelectsFromBody(string expression) =>
        (expression.StartsWith("$request.body.", StringComparison.Ordinal) && expression.Length > "$request.body.".Length)
        || (expression.StartsWith("${request.body.", StringComparison.Ordinal) && expression.EndsWith('}') && expression.Length > "${request.body.}".Length);

    /// <summary>Rules that depend on constructs added later than the one checked; run by cdktf before synthesis.</summary>
    private sealed class DeferredRules(WebSocketApi api) : DeputyBase, IValidation
    {
        public string[] Validate()
        {
            foreach (var set in api._responseSets.Values)
            {
                var users = api._routes.Where(r => r.Integration.Key == set.Integration.Key).ToList();
                if (users.Count > 0 && users.All(r => r is OneWayRoute))
                    Check.Warn(set.WarnOn, Rules.ResponsesOnOneWayRoute,
                        $"The integration's responses have no effect: only one-way routes use it ({string.Join(", ", users.Select(r => r.RouteKey))}).");
            }
            return [];
        }
    }

    private sealed class RoutesProducer(WebSocketApi api) : DeputyBase, IAnyProducer
    {
        public object Produce(IResolveContext context) =>
            api._routes.ToDictionary(r => TerraformText.Escape(r.RouteKey), r => (object)r.OutputAttributes());
    }
}
