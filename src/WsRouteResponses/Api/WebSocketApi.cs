using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Model;
using WsRouteResponses.Modeling;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;
using WsRouteResponses.Validation;

namespace WsRouteResponses;

/// <summary>
/// A WebSocket API: either an <c>aws_apigatewayv2_api</c> the library creates (protocol WEBSOCKET), or an
/// existing one attached with <see cref="FromResource"/> or <see cref="FromApiId"/>. Its routes,
/// integrations, responses, models and stages describe themselves in its model
/// (<see cref="Configuration"/>), where the rules run; it writes the resources of its routes at synth
/// (see <see cref="WebSocketApiOptions.MaterializeResources"/>).
/// </summary>
public sealed class WebSocketApi : Construct, ILocated
{
    private readonly List<WebSocketRoute> _routes = [];
    private readonly Dictionary<WebSocketIntegration, IntegrationReference> _integrations = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IntegrationResponseDefinitions> _responseSets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _externalDeployables = new(StringComparer.Ordinal);
    private readonly Dictionary<IConstruct, Location> _scopeLocations = new(ReferenceEqualityComparer.Instance);
    private readonly ResourceEmitter? _emitter;
    private readonly Lazy<(string ExecutionArn, string ApiEndpoint)> _attributes;
    private IntegrationScopes? _integrationScopes;
    private bool _wholeRulesAdded;

    /// <summary>Creates an <c>aws_apigatewayv2_api</c> with protocol WEBSOCKET.</summary>
    /// <exception cref="WebSocketRuleException">The route selection expression is not a WebSocket one (rule <c>WSR501</c>).</exception>
    public WebSocketApi(Construct scope, string id, WebSocketApiProps props) : base(scope, id)
    {
        Model = NewModel();
        Location = Location.Of(scope, id);
        RequiredProps.NotNull(props, () => Location.Path, nameof(WebSocketApiProps));
        Moves = new ResourceMoves(Location);
        CheckQuotas(props.Quotas);
        var config = new Apigatewayv2ApiConfig
        {
            Name = props.Name,
            ProtocolType = "WEBSOCKET",
            RouteSelectionExpression = TerraformText.Escape(props.RouteSelectionExpression ?? throw new ArgumentNullException(nameof(props), $"[{Location.Path}] WebSocketApiProps.RouteSelectionExpression is null; leave it unset for $request.body.action.")),
            ApiKeySelectionExpression = TerraformText.EscapeOrNull(props.ApiKeySelectionExpression),
            Description = TerraformText.EscapeOrNull(props.Description),
            Tags = props.Tags?.ToDictionary(),
        };
        var address = "aws_apigatewayv2_api." + Location.Child("Resource").LogicalId;
        Key = address;
        Model.Add(ModelInput.Definition<ApiDefinition>(Model, "aws_apigatewayv2_api", new Origin(address, Location.Child("Resource").Path), config) with { Quotas = props.Quotas }, this, Location.Path);

        var resource = new Apigatewayv2Api(this, "Resource", ForOutput(config));
        Moves.Track(Location.Child("Resource"), "aws_apigatewayv2_api", from => resource.MoveFromId(ResourceMoves.Token(from)));
        Resource = resource;
        ApiId = resource.Id;
        Model.AddTokenReference(ApiId, $"${{{address}.id}}");
        _attributes = new(() => Attributes(resource.ExecutionArn, resource.ApiEndpoint, address));
        _emitter = Initialize(props);
    }

    private WebSocketApi(Construct scope, string id, string apiId, Apigatewayv2Api? resource, WebSocketApiOptions options) : base(scope, id)
    {
        Location = Location.Of(scope, id);
        Moves = new ResourceMoves(Location);
        Model = NewModel();
        CheckQuotas(options.Quotas);
        ApiId = apiId;
        Resource = resource;
        IsAttached = true;
        if (resource is not null)
        {
            Key = TerraformAddress.Of(resource);
            Model.AddTokenReference(apiId, $"${{{Key}.id}}");
            TrackExternalDeployable(Key);
            // Defined by the user's resource, which may have routes of its own: attached, with the declared quotas.
            Model.Add(new ApiDefinition { Origin = new Origin(Key), Api = Key, IsAttached = true, Quotas = options.Quotas }, this, Location.Path);
            _attributes = new(() => Attributes(resource.ExecutionArn, resource.ApiEndpoint, Key));
        }
        else
        {
            Key = ApiDefinition.KeyOfId(apiId);
            Model.Add(new ApiDefinition { Origin = new Origin(Key), Api = Key, IsAttached = true, Quotas = options.Quotas }, this, Location.Path);
            _attributes = new(() =>
            {
                var lookup = new DataAwsApigatewayv2Api(this, "Lookup", new DataAwsApigatewayv2ApiConfig { ApiId = apiId });
                var address = "data.aws_apigatewayv2_api." + Location.Child("Lookup").LogicalId;
                Model.AddDataSource(address, Key);
                return Attributes(lookup.ExecutionArn, lookup.ApiEndpoint, address);
            });
        }
        _emitter = Initialize(options);
    }

    /// <summary>Attaches to an <c>aws_apigatewayv2_api</c> defined elsewhere in the stack.</summary>
    /// <param name="scope">Where the attachment construct goes.</param>
    /// <param name="id">Its id.</param>
    /// <param name="resource">The API resource; its id and address are read once.</param>
    /// <param name="options">Outputs and materialization. Default: <see cref="WebSocketApiOptions"/>'s defaults.</param>
    public static WebSocketApi FromResource(Construct scope, string id, Apigatewayv2Api resource, WebSocketApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new(scope, id, resource.Id, resource, options ?? new WebSocketApiOptions());
    }

    /// <summary>
    /// Attaches to an API that exists in AWS, by id. Its execution ARN and endpoint, needed only for Lambda
    /// permissions, the stage URL and the callback URL, are read by an <c>aws_apigatewayv2_api</c> data
    /// source created on first use.
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

    /// <summary>
    /// Keeps the state of the library's resources whose construct path changed: each resource at or under
    /// <paramref name="to"/> gets a Terraform <c>moved</c> block from its address at or under <paramref name="from"/>,
    /// so that the next apply moves it, where creating it anew beside the old one fails while the old one
    /// holds the same key (a route key, a stage name: ConflictException). <c>RenamedFrom</c> on props does
    /// this for a renamed construct; use this for other moves, e.g. responses of a shared integration that
    /// another route defines once their owner is removed (rule <c>WSR308</c>).
    /// </summary>
    /// <param name="from">The former construct path, relative to the stack, e.g. <c>Chat/SendMessage</c>.</param>
    /// <param name="to">The construct path now, relative to the stack, e.g. <c>Chat/Send</c>.</param>
    /// <exception cref="ArgumentException">A path is empty, or both are the same.</exception>
    public void AddMove(string from, string to) => Moves.Add(from, to);

    /// <summary>The API id (a token when the API is created here).</summary>
    public string ApiId { get; }

    /// <summary>The execution ARN, the prefix of Lambda permission source ARNs.</summary>
    public string ExecutionArn => _attributes.Value.ExecutionArn;

    /// <summary>The <c>wss://</c> endpoint of the API, without a stage.</summary>
    public string ApiEndpoint => _attributes.Value.ApiEndpoint;

    /// <summary>The provider resource (escape hatch), or null when attached by id.</summary>
    public Apigatewayv2Api? Resource { get; }

    /// <summary>The routes of this API, in the order they were added.</summary>
    public IReadOnlyList<WebSocketRoute> Routes => _routes.AsReadOnly();

    /// <summary>
    /// The model of the API as its constructs describe it so far, the same <c>check</c> reads back from
    /// the synthesized JSON (elements the library does not write, such as an integration attached by
    /// resource, are not in it).
    /// </summary>
    public WebSocketConfiguration Configuration => Model.Build();

    Location ILocated.Location => Location;

    internal Location Location { get; }

    /// <summary>The key of the API in its model (<see cref="ApiDefinition.Key"/>).</summary>
    internal string Key { get; }

    /// <summary>Whether the API was attached (<see cref="FromResource"/>, <see cref="FromApiId"/>).</summary>
    internal bool IsAttached { get; }

    /// <summary>Where the API's constructs describe themselves and the rules run.</summary>
    internal ApiModel Model { get; }

    /// <summary>The renames and moves of the API's constructs, and the resources they apply to.</summary>
    internal ResourceMoves Moves { get; }

    /// <summary>
    /// Addresses of the resources whose change must redeploy a managed deployment: the API and every
    /// route, integration, route response, integration response and model of it, sorted.
    /// </summary>
    internal IEnumerable<string> DeployableAddresses => Model.Apis.Where(a => !a.IsAttached).Cast<Definition>()
        .Concat(Model.Routes).Concat(Model.RouteResponses).Concat(Model.Integrations.Where(i => !i.IsDeclaredOnly)).Concat(Model.IntegrationResponses).Concat(Model.Models)
        .Select(d => d.Origin.Address).Concat(_externalDeployables).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Adds a resource the library did not write (an attached API or integration) to <see cref="DeployableAddresses"/>.</summary>
    internal void TrackExternalDeployable(string address) => _externalDeployables.Add(address);

    /// <summary>Where named integrations go (<see cref="IntegrationProps.Id"/>).</summary>
    internal IntegrationScopes IntegrationScopes => _integrationScopes ??= new IntegrationScopes(this);

    /// <summary>
    /// Hands a fully described resource to the emitter, or creates its provider object right away when
    /// <see cref="WebSocketApiOptions.MaterializeResources"/> is set.
    /// </summary>
    internal DeferredResource Add(DeferredResource resource)
    {
        Moves.Track(resource.Location, resource.TerraformType, resource.MoveFrom);
        if (_emitter is not null) _emitter.Add(resource);
        else
        {
            if (HclOutput) resource.EscapeForHcl();
            resource.Materialize();
        }
        return resource;
    }

    /// <summary>
    /// Whether the stack is synthesized as HCL (<c>cdktf synth --hcl</c> sets <c>SYNTH_HCL_OUTPUT</c>): every
    /// resource is then a provider object, and every string handed to one is escaped for HCL (<see cref="HclText"/>).
    /// </summary>
    internal bool HclOutput { get; } = Environment.GetEnvironmentVariable("SYNTH_HCL_OUTPUT") is "true" or "1";

    /// <summary>Prepares the config of a provider object the library creates itself for the way the stack is written.</summary>
    internal T ForOutput<T>(T config) where T : class
    {
        if (HclOutput) HclText.EscapeStrings(config);
        return config;
    }

    /// <summary>The model origin of a resource the library writes.</summary>
    internal static Origin OriginOf(DeferredResource resource) => new(resource.Address, resource.Location.Path);

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
            _scopeLocations[scope] = location = Location.Of(scope);
        return location;
    }

    /// <summary>Adds a route to the API's list once it is complete (its rules ran as it described itself).</summary>
    internal void Register(WebSocketRoute route)
    {
        _routes.Add(route);
        if (_responseSets.TryGetValue(route.Integration.Key, out var set)) route.DependOn(set.Addresses);
        AddWholeConfigurationRules();
    }

    /// <summary>
    /// Makes the routes of an integration depend on its responses once they are described, whichever comes
    /// first: created after them, a route is never deployed (auto-deploy runs after each change) while its
    /// integration has no responses yet, when it would answer nothing.
    /// </summary>
    internal void Link(IntegrationResponseDefinitions set)
    {
        foreach (var route in _routes.Where(r => r.Integration.Key == set.Integration.Key)) route.DependOn(set.Addresses);
    }

    /// <summary>Creates the integration on first use under <paramref name="route"/>, or returns the one made before.</summary>
    internal IntegrationReference Bind(WebSocketIntegration integration, WebSocketRoute route)
    {
        if (_integrations.TryGetValue(integration, out var bound)) return bound;
        bound = integration.Bind(route, this);
        _integrations.Add(integration, bound);
        return bound;
    }

    /// <summary>Records the responses of an integration; an integration has one set (rule <c>WSR308</c>, a rule of the constructs' use).</summary>
    internal void Register(IntegrationResponseDefinitions set)
    {
        var key = set.Integration.Key;
        if (_responseSets.TryGetValue(key, out var existing))
            throw RuleViolation.Error(set.Location, Rules.ResponsesDefinedOnce, $"The integration already has integration responses, defined by {existing.Location.Path}.");
        _responseSets.Add(key, set);
        AddWholeConfigurationRules();
    }

    /// <summary>
    /// Registers <see cref="WholeConfigurationRules"/> once its warnings can occur (a one-way route and
    /// integration responses, rule <c>WSR304</c>): a jsii callback at validation that most APIs do not need.
    /// </summary>
    private void AddWholeConfigurationRules()
    {
        if (_wholeRulesAdded || _responseSets.Count == 0 || !_routes.OfType<OneWayRoute>().Any()) return;
        Node.AddValidation(new WholeConfigurationRules(Model));
        _wholeRulesAdded = true;
    }

    /// <summary>Whether integration responses were defined for the integration.</summary>
    internal bool HasResponses(IntegrationReference integration) => _responseSets.ContainsKey(integration.Key);

    private ApiModel NewModel()
    {
        SynthErrorReport.Install();
        ResolveOptions? options = null;
        return new ApiModel
        {
            TokenResolver = raw => Tokenization.Resolve(raw, options ??= new ResolveOptions { Scope = this, Resolver = new DefaultTokenResolver(new StringConcat()), Preparing = false }) as string,
        };
    }

    private void CheckQuotas(WebSocketQuotas? quotas)
    {
        if (quotas is null)
            throw new ArgumentNullException(nameof(quotas), $"[{Location.Path}] Quotas is null; leave it unset for AWS's defaults.");
        if (quotas.Routes < 1 || quotas.Integrations < 1 || quotas.Stages < 1)
            throw new ArgumentOutOfRangeException(nameof(quotas), quotas, $"[{Location.Path}] Quotas must be at least 1 each (routes {quotas.Routes}, integrations {quotas.Integrations}, stages {quotas.Stages}).");
    }

    private (string ExecutionArn, string ApiEndpoint) Attributes(string executionArn, string apiEndpoint, string address)
    {
        Model.AddTokenReference(executionArn, $"${{{address}.execution_arn}}");
        Model.AddTokenReference(apiEndpoint, $"${{{address}.api_endpoint}}");
        return (executionArn, apiEndpoint);
    }

    private ResourceEmitter? Initialize(WebSocketApiOptions options)
    {
        if (options.RoutesOutput)
            _ = new TerraformOutput(this, "Routes", new TerraformOutputConfig
            {
                Description = "Route key -> route id, route response id and key (two-way routes), of this WebSocket API.",
                Value = Lazy.AnyValue(new RoutesOutput(this)),
            });
        // HCL output needs every resource as a provider object.
        return options.MaterializeResources || HclOutput ? null : new ResourceEmitter(this, "Resources");
    }
}
