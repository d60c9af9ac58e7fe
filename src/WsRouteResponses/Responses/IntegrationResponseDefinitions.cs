using Constructs;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2IntegrationResponse;
using WsRouteResponses.Api;
using WsRouteResponses.Integrations;
using WsRouteResponses.Internal;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Responses;

/// <summary>
/// The checked, described integration responses of one integration: what an
/// <see cref="IntegrationResponseSet"/> holds. A <see cref="Routes.TwoWayRoute"/> describes its responses
/// without creating the set construct (a jsii call) until someone reads it.
/// </summary>
internal sealed class IntegrationResponseDefinitions
{
    private readonly Dictionary<IntegrationResponseKey, DeferredResource> _resources = [];

    /// <param name="props">The responses and their integration.</param>
    /// <param name="location">Where the set construct is (or will be).</param>
    /// <param name="warnOn">The construct warnings are attached to.</param>
    /// <param name="scope">The set construct, created on first call: the scope of materialized responses.</param>
    /// <exception cref="WebSocketRuleException">Rules <c>WSR203</c>, <c>WSR301</c>, <c>WSR302</c>, <c>WSR306</c>, <c>WSR308</c>, <c>WSR601</c>.</exception>
    public IntegrationResponseDefinitions(IntegrationResponseSetProps props, Location location, IConstruct warnOn, Func<Construct> scope)
    {
        ArgumentNullException.ThrowIfNull(props);
        var api = props.Api;
        var integration = props.Integration;
        var responses = props.Responses;
        Location = location;
        WarnOn = warnOn;
        Integration = integration;
        api.CheckSameStack(location);
        Validate(location, integration.Type, responses);
        var importPrefix = responses.Any(r => r.ImportId is not null) ? ImportPrefix(api, props.IntegrationImportId ?? integration.IntegrationId) : null;
        api.Register(this);

        if (!responses.Any(r => r.Key.IsDefault))
            Check.Warn(warnOn, Rules.DefaultResponse, "No response has the $default key; an answer that matches no key gets no response.");
        if (integration.IsLambdaNonProxy && responses.FirstOrDefault(r => r.Key.MatchesStatus) is { } statusKeyed)
            Check.Warn(warnOn, Rules.LambdaResponseKeys, $"Key {statusKeyed.Key} is a status code, but a Lambda integration's responses are selected by error message.");

        foreach (var response in responses)
        {
            Check.TemplateLengths(warnOn, response.Templates, $"integration response {response.Key}");
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
            var resource = api.Add(new DeferredResource("aws_apigatewayv2_integration_response", location.Child(constructId), config,
                () => new Apigatewayv2IntegrationResponse(scope(), constructId, config)));
            if (response.ImportId is not null) resource.ImportFrom($"{importPrefix}/{response.ImportId}");
            api.TrackDeployable(resource.Address);
            _resources.Add(response.Key, resource);
        }
    }

    /// <summary>
    /// The rules that need nothing but the responses and the integration type (<c>WSR301</c>,
    /// <c>WSR302</c>, <c>WSR306</c>, <c>WSR203</c>, <c>WSR205</c>); a
    /// <see cref="Routes.TwoWayRoute"/> runs them before it creates anything.
    /// </summary>
    public static void Validate(Location location, IntegrationType type, IReadOnlyList<IntegrationResponse> responses)
    {
        if (type.IsProxy())
            throw Check.Fail(location, Rules.NoResponsesOnProxy, $"The integration is {type.ToTerraform()}, which has no integration responses.");
        if (responses.Count == 0)
            throw Check.Fail(location, Rules.TwoWayNeedsResponses, $"The set has no responses for the {type.ToTerraform()} integration.");
        if (responses.FirstOrDefault(r => responses.Count(o => o.Key == r.Key) > 1) is { } duplicate)
            throw Check.Fail(location, Rules.DuplicateResponseKey, $"Key {duplicate.Key} appears more than once.");
        foreach (var response in responses)
        {
            Check.TemplateSizes(location, response.Templates, $"integration response {response.Key}");
            Check.TemplateSelectionExpression(location, response.TemplateSelectionExpression, $"integration response {response.Key}");
        }
    }

    /// <summary>Where the set is.</summary>
    public Location Location { get; }

    /// <summary>The construct warnings about these responses go to.</summary>
    public IConstruct WarnOn { get; }

    /// <summary>The integration the responses belong to.</summary>
    public IntegrationReference Integration { get; }

    /// <summary>The provider objects by key, created on first read.</summary>
    public IReadOnlyDictionary<IntegrationResponseKey, Apigatewayv2IntegrationResponse> Materialize() =>
        _resources.ToDictionary(r => r.Key, r => (Apigatewayv2IntegrationResponse)r.Value.Materialize()).AsReadOnly();

    private string ImportPrefix(WebSocketApi api, string integrationId)
    {
        if (Tokens.IsUnresolved(api.ApiId) || Tokens.IsUnresolved(integrationId) || integrationId.StartsWith("${", StringComparison.Ordinal))
            throw Check.Fail(Location, Rules.Import, "An integration response import needs the existing API's and integration's ids, and one of them is only known after apply.");
        return $"{api.ApiId}/{integrationId}";
    }

    // Derived from the key, not the position, so that adding a response never renames another one's
    // Terraform address; '%' and '/' are percent-encoded so that different keys never share an id.
    private static string ConstructId(IntegrationResponseKey key) =>
        key.IsDefault ? "CatchAll" : "Match " + key.Value[1..^1].Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal);
}
