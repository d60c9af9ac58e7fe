using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Model;
using WsRouteResponses.Modeling;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;

namespace WsRouteResponses;

/// <summary>
/// The checked, described integration responses of one integration: what an
/// <see cref="IntegrationResponseSet"/> holds. A <see cref="TwoWayRoute"/> describes its responses
/// without creating the set construct (a jsii call) until someone reads it.
/// </summary>
internal sealed class IntegrationResponseDefinitions
{
    private readonly Dictionary<IntegrationResponseKey, DeferredResource> _resources = [];

    /// <param name="api">The API of the integration.</param>
    /// <param name="props">The responses and their integration.</param>
    /// <param name="location">Where the set construct is (or will be).</param>
    /// <param name="warnOn">The construct warnings are attached to.</param>
    /// <param name="scope">The set construct, created on first call: the scope of materialized responses.</param>
    /// <exception cref="WebSocketRuleException">A rule of integration responses (<c>WSR2xx</c>, <c>WSR3xx</c>), or <c>WSR601</c>.</exception>
    /// <exception cref="ArgumentException">A response, its key or a template is null.</exception>
    public IntegrationResponseDefinitions(WebSocketApi api, IntegrationResponseSetProps props, Location location, IConstruct warnOn, Func<Construct> scope)
    {
        var integration = props.Integration ?? throw new ArgumentNullException(nameof(props), $"[{location.Path}] IntegrationResponseSetProps.Integration is null; give the integration the responses belong to.");
        var responses = CheckNotNull(props.Responses, location);
        Location = location;
        WarnOn = warnOn;
        Integration = integration;
        api.CheckSameStack(location);
        if (responses.Count == 0)
            throw RuleViolation.Error(location, Rules.TwoWayNeedsResponses, $"The set has no responses for the {integration.Type.ToTerraform()} integration.");
        var importPrefix = responses.Any(r => r.ImportId is not null) ? ImportPrefix(api, props.IntegrationImportId ?? integration.IntegrationId) : null;
        api.Register(this);
        integration.Describe(api, warnOn, location.Path);

        var described = new List<Definition>();
        var built = new List<(IntegrationResponseKey Key, DeferredResource Resource)>();
        foreach (var response in responses)
        {
            var constructId = ConstructId(response.Key);
            var config = new Apigatewayv2IntegrationResponseConfig
            {
                ApiId = api.ApiId,
                IntegrationId = integration.IntegrationId,
                IntegrationResponseKey = TerraformText.Escape(response.Key.Value),
                ResponseTemplates = TerraformText.Escape(response.Templates),
                TemplateSelectionExpression = TerraformText.EscapeOrNull(response.TemplateSelectionExpression),
                ContentHandlingStrategy = response.ContentHandling.ToTerraform(),
                // Replaced together with a replaced integration, and created first like it.
                Lifecycle = TerraformAttributes.CreateBeforeDestroy,
            };
            var resource = new DeferredResource("aws_apigatewayv2_integration_response", location.Child(constructId), config,
                () => new Apigatewayv2IntegrationResponse(scope(), constructId, config));
            described.Add(ModelInput.Definition<IntegrationResponseDefinition>(api.Model, resource.TerraformType, WebSocketApi.OriginOf(resource), config));
            if (response.ImportId is not null) resource.ImportFrom($"{importPrefix}/{response.ImportId}");
            built.Add((response.Key, resource));
        }
        api.Model.AddAll(described, warnOn, location.Path);
        foreach (var (key, resource) in built) _resources.Add(key, api.Add(resource));
        api.Link(this);
    }

    // A clear error naming the property, where a null would fail deep inside (NullReferenceException, escaping).
    private static IReadOnlyList<IntegrationResponse> CheckNotNull(IReadOnlyList<IntegrationResponse>? responses, Location location)
    {
        if (responses is null)
            throw new ArgumentNullException(nameof(responses), $"[{location.Path}] The integration responses are null; give at least one, e.g. IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, \"...\").");
        for (var i = 0; i < responses.Count; i++)
        {
            var response = responses[i] ?? throw new ArgumentException($"[{location.Path}] Integration response {i} is null.", nameof(responses));
            if (response.Key is null)
                throw new ArgumentException($"[{location.Path}] Integration response {i} has no Key; give one, e.g. IntegrationResponseKey.Default or IntegrationResponseKey.StatusClass(2).", nameof(responses));
            if (response.Templates?.FirstOrDefault(t => t.Value is null) is { Key: { } key })
                throw new ArgumentException($"[{location.Path}] The template \"{key}\" of integration response {response.Key} is null; give the mapping template text, or leave the key out.", nameof(responses));
        }
        return responses;
    }

    /// <summary>Where the set is.</summary>
    public Location Location { get; }

    /// <summary>The construct warnings about these responses go to.</summary>
    public IConstruct WarnOn { get; }

    /// <summary>The integration the responses belong to.</summary>
    public IntegrationReference Integration { get; }

    /// <summary>The Terraform addresses of the responses.</summary>
    public IEnumerable<string> Addresses => _resources.Values.Select(r => r.Address);

    /// <summary>The provider objects by key, created on first read.</summary>
    public IReadOnlyDictionary<IntegrationResponseKey, Apigatewayv2IntegrationResponse> Materialize() =>
        _resources.ToDictionary(r => r.Key, r => (Apigatewayv2IntegrationResponse)r.Value.Materialize()).AsReadOnly();

    private string ImportPrefix(WebSocketApi api, string integrationId)
    {
        if (Tokens.IsUnresolved(api.ApiId) || Tokens.IsUnresolved(integrationId) || integrationId.StartsWith("${", StringComparison.Ordinal))
            throw RuleViolation.Error(Location, Rules.Import, "An integration response import needs the existing API's and integration's ids, and one of them is only known after apply.");
        return $"{api.ApiId}/{integrationId}";
    }

    // Derived from the key, not the position, so that adding a response never renames another one's
    // Terraform address; '%' and '/' are percent-encoded so that different keys never share an id.
    private static string ConstructId(IntegrationResponseKey key) =>
        key.IsDefault ? "CatchAll" : "Match " + key.Value[1..^1].Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal);
}
