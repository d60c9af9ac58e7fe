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
/// stage's redeployment trigger need.
/// </summary>
public sealed class WebSocketApi : Construct
{
    private const int MaxRoutes = 300, MaxIntegrations = 300;

    private readonly List<WebSocketRoute> _routes = [];
    private readonly Dictionary<string, WebSocketRoute> _routesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<WebSocketIntegration, IntegrationReference> _integrations = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _integrationIds = new(StringComparer.Ordinal);
    private readonly List<TerraformResource> _deployables = [];
    private readonly Dictionary<string, IntegrationResponseSet> _responseSets = new(StringComparer.Ordinal);
    private readonly Lazy<(string ExecutionArn, string ApiEndpoint)> _attributes;

    /// <summary>Creates an <c>aws_apigatewayv2_api</c> with protocol WEBSOCKET.</summary>
    /// <exception cref="WebSocketRuleException">The route selection expression is not a WebSocket one (rule <c>WSR501</c>).</exception>
    public WebSocketApi(Construct scope, string id, WebSocketApiProps props) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        var expression = props.RouteSelectionExpression;
        if (!Tokens.IsUnresolved(expression) && !expression.StartsWith("$request.body.", StringComparison.Ordinal) && !expression.StartsWith("${request.body.", StringComparison.Ordinal))
            throw Check.Fail(this, Rules.RouteSelectionExpression, $"\"{expression}\" does not select from the message body.");

        var resource = new Apigatewayv2Api(this, "Resource", new Apigatewayv2ApiConfig
        {
            Name = props.Name,
            ProtocolType = "WEBSOCKET",
            RouteSelectionExpression = TerraformText.Escape(expression),
            ApiKeySelectionExpression = props.ApiKeySelectionExpression,
            Description = props.Description,
            Tags = props.Tags?.ToDictionary(),
        });
        Resource = resource;
        ApiId = resource.Id;
        _attributes = new(() => (resource.ExecutionArn, resource.ApiEndpoint));
        Initialize(props.RoutesOutput);
    }

    private WebSocketApi(Construct scope, string id, string apiId, Apigatewayv2Api? resource, bool routesOutput) : base(scope, id)
    {
        ApiId = apiId;
        Resource = resource;
        _attributes = resource is not null
            ? new(() => (resource.ExecutionArn, resource.ApiEndpoint))
            : new(() =>
            {
                var lookup = new DataAwsApigatewayv2Api(this, "Lookup", new DataAwsApigatewayv2ApiConfig { ApiId = apiId });
                return (lookup.ExecutionArn, lookup.ApiEndpoint);
            });
        Initialize(routesOutput);
    }

    /// <summary>Attaches to an <c>aws_apigatewayv2_api</c> defined elsewhere in the stack.</summary>
    /// <param name="scope">Where the attachment construct goes.</param>
    /// <param name="id">Its id.</param>
    /// <param name="resource">The API resource; its id is read once.</param>
    /// <param name="routesOutput">Whether to add the routes output. Default: true.</param>
    public static WebSocketApi FromResource(Construct scope, string id, Apigatewayv2Api resource, bool routesOutput = true)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new(scope, id, resource.Id, resource, routesOutput);
    }

    /// <summary>
    /// Attaches to an API that exists in AWS, by id. Its execution ARN and endpoint, needed only for Lambda
    /// permissions and the stage URL, are read by an <c>aws_apigatewayv2_api</c> data source created on first use.
    /// </summary>
    /// <param name="scope">Where the attachment construct goes.</param>
    /// <param name="id">Its id.</param>
    /// <param name="apiId">The API id, e.g. <c>a1b2c3d4e5</c>.</param>
    /// <param name="routesOutput">Whether to add the routes output. Default: true.</param>
    public static WebSocketApi FromApiId(Construct scope, string id, string apiId, bool routesOutput = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiId);
        return new(scope, id, apiId, null, routesOutput);
    }

    /// <summary>The API id (a token when the API is created here).</summary>
    public string ApiId { get; }

    /// <summary>The execution ARN, the prefix of Lambda permission source ARNs.</summary>
    public string ExecutionArn => _attributes.Value.ExecutionArn;

    /// <summary>The <c>wss://</c> endpoint of the API, without a stage.</summary>
    public string ApiEndpoint => _attributes.Value.ApiEndpoint;

    /// <summary>The provider resource (escape hatch), or null when attached by id.</summary>
    public Apigatewayv2Api? Resource { get; }

    /// <summary>The routes of this API, in the order they were added.</summary>
    public IReadOnlyList<WebSocketRoute> Routes => _routes;

    /// <summary>The resources whose change must redeploy a stage: routes, integrations, route responses, integration responses, models.</summary>
    internal IReadOnlyList<TerraformResource> Deployables => _deployables;

    internal void TrackDeployable(TerraformResource resource) => _deployables.Add(resource);

    /// <summary>Adds a route to the registry; rules <c>WSR102</c> (unique key) and <c>WSR104</c> (quota).</summary>
    internal void Register(WebSocketRoute route, string routeKey)
    {
        if (_routesByKey.TryGetValue(routeKey, out var existing))
            throw Check.Fail(route, Rules.DuplicateRouteKey, $"Route key \"{routeKey}\" is already used by {existing.Node.Path}.");
        if (_routes.Count == MaxRoutes)
            throw Check.Fail(route, Rules.RouteQuota, $"This would be route {MaxRoutes + 1} of the API; the quota is {MaxRoutes}.");
        if (!Tokens.IsUnresolved(routeKey)) _routesByKey.Add(routeKey, route);
        _routes.Add(route);
    }

    /// <summary>Creates the integration on first use under <paramref name="route"/>, or returns the one made before.</summary>
    internal IntegrationReference Bind(WebSocketIntegration integration, Construct route)
    {
        if (_integrations.TryGetValue(integration, out var bound)) return bound;
        bound = integration.Bind(route, this);
        CountIntegration(bound.IntegrationId, route);
        _integrations.Add(integration, bound);
        if (bound.Resource is not null) TrackDeployable(bound.Resource);
        return bound;
    }

    /// <summary>Counts an integration of the API, whether routes use it or not; rule <c>WSR202</c>.</summary>
    private void CountIntegration(string integrationId, IConstruct where)
    {
        if (_integrationIds.Contains(integrationId)) return;
        if (_integrationIds.Count == MaxIntegrations)
            throw Check.Fail(where, Rules.IntegrationQuota, $"This would be integration {MaxIntegrations + 1} of the API; the quota is {MaxIntegrations}.");
        _integrationIds.Add(integrationId);
    }

    /// <summary>Records the responses of an integration; an integration has one set (rule <c>WSR306</c>).</summary>
    internal void Register(IntegrationResponseSet set)
    {
        if (_responseSets.TryGetValue(set.IntegrationId, out var existing))
            throw Check.Fail(set, Rules.DuplicateResponseKey, $"The integration already has integration responses, defined by {existing.Node.Path}; an integration's responses are defined once, for all routes that share it.");
        CountIntegration(set.IntegrationId, set);
        _responseSets.Add(set.IntegrationId, set);
    }

    /// <summary>Whether integration responses were defined for the integration.</summary>
    internal bool HasResponses(string integrationId) => _responseSets.ContainsKey(integrationId);

    private void Initialize(bool routesOutput)
    {
        Node.AddValidation(new DeferredRules(this));
        if (routesOutput)
            _ = new TerraformOutput(this, "Routes", new TerraformOutputConfig
            {
                Description = "Route key -> route id, route response id and key (two-way routes), of this WebSocket API.",
                Value = Lazy.AnyValue(new RoutesProducer(this)),
            });
    }

    /// <summary>Rules that depend on constructs added later than the one checked; run by cdktf before synthesis.</summary>
    private sealed class DeferredRules(WebSocketApi api) : DeputyBase, IValidation
    {
        public string[] Validate()
        {
            foreach (var set in api._responseSets.Values)
            {
                var users = api._routes.Where(r => r.IntegrationId == set.IntegrationId).ToList();
                if (users.Count > 0 && users.All(r => r is OneWayRoute))
                    Check.Warn(set, Rules.ResponsesOnOneWayRoute,
                        $"The integration's responses have no effect: only one-way routes use it ({string.Join(", ", users.Select(r => r.RouteKey))}).");
            }
            return [];
        }
    }

    private sealed class RoutesProducer(WebSocketApi api) : DeputyBase, IAnyProducer
    {
        public object Produce(IResolveContext context) =>
            api._routes.ToDictionary(r => r.RouteKey, r => (object)r.OutputAttributes());
    }
}
