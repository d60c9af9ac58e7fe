using Constructs;
using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2IntegrationResponse;
using WsRouteResponses.Api;
using WsRouteResponses.Integrations;
using WsRouteResponses.Internal;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Responses;

/// <summary>Settings of an <see cref="IntegrationResponseSet"/>.</summary>
public sealed class IntegrationResponseSetProps
{
    /// <summary>The API of the integration. Required.</summary>
    public required WebSocketApi Api { get; init; }

    /// <summary>The integration the responses belong to, e.g. <see cref="ExistingIntegration.Reference"/> or <see cref="Routes.WebSocketRoute.Integration"/>. Required.</summary>
    public required IntegrationReference Integration { get; init; }

    /// <summary>The responses, at least one, each with its own key (rule <c>WSR306</c>). Required.</summary>
    public required IReadOnlyList<IntegrationResponse> Responses { get; init; }

    /// <summary>The existing integration's id for the import blocks of adopted responses, when <see cref="Integration"/>'s id is not a literal. Default: the integration's id.</summary>
    public string? IntegrationImportId { get; init; }
}

/// <summary>
/// All integration responses of one integration: an <c>aws_apigatewayv2_integration_response</c> per key.
/// A <see cref="Routes.TwoWayRoute"/> makes one from its props; on its own it adds responses to any
/// integration, an existing one included. Checks: none on proxy integrations (<c>WSR301</c>), at least one
/// (<c>WSR302</c>), unique keys (<c>WSR306</c>), one set per integration (<c>WSR308</c>), a <c>$default</c>
/// catch-all (<c>WSR303</c>), templates under 300 KB (<c>WSR203</c>), status keys on Lambda
/// (<c>WSR307</c>), and, at synth, responses that only one-way routes would use (<c>WSR304</c>).
/// </summary>
public sealed class IntegrationResponseSet : Construct, ILocated
{
    private readonly Dictionary<IntegrationResponseKey, DeferredResource> _resources = [];

    /// <summary>Creates the integration responses.</summary>
    /// <exception cref="WebSocketRuleException">A rule above is broken.</exception>
    public IntegrationResponseSet(Construct scope, string id, IntegrationResponseSetProps props) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        var api = props.Api;
        var integration = props.Integration;
        var responses = props.Responses;
        Location = api.LocationOf(scope).Child(id);
        IntegrationKey = integration.Key;
        IntegrationId = integration.IntegrationId;
        if (integration.Type.IsProxy())
            throw Check.Fail(this, Rules.NoResponsesOnProxy, $"The integration is {integration.Type.ToTerraform()}, which has no integration responses.");
        if (responses.Count == 0)
            throw Check.Fail(this, Rules.TwoWayNeedsResponses, $"The set has no responses for the {integration.Type.ToTerraform()} integration.");
        if (responses.FirstOrDefault(r => responses.Count(o => o.Key == r.Key) > 1) is { } duplicate)
            throw Check.Fail(this, Rules.DuplicateResponseKey, $"Key {duplicate.Key} appears more than once.");
        foreach (var response in responses)
            Check.TemplateSizes(this, response.Templates, $"integration response {response.Key}");
        var importPrefix = responses.Any(r => r.ImportId is not null) ? ImportPrefix(api, props.IntegrationImportId ?? integration.IntegrationId) : null;
        api.Register(this);

        if (!responses.Any(r => r.Key.IsDefault))
            Check.Warn(this, Rules.DefaultResponse, "No response has the $default key; an answer that matches no key gets no response.");
        if (integration.IsLambdaNonProxy && responses.FirstOrDefault(r => r.Key.MatchesStatus) is { } statusKeyed)
            Check.Warn(this, Rules.LambdaResponseKeys, $"Key {statusKeyed.Key} is a status code, but a Lambda integration's responses are selected by error message.");

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
            };
            var resource = api.Add(new DeferredResource("aws_apigatewayv2_integration_response", Location.Child(constructId), config,
                () => new Apigatewayv2IntegrationResponse(this, constructId, config)));
            if (response.ImportId is not null) resource.ImportFrom($"{importPrefix}/{response.ImportId}");
            api.TrackDeployable(resource.Address);
            _resources.Add(response.Key, resource);
        }
    }

    /// <summary>The id of the integration the responses belong to.</summary>
    public string IntegrationId { get; }

    /// <summary>The provider resources by key (escape hatch; created on first read).</summary>
    public IReadOnlyDictionary<IntegrationResponseKey, Apigatewayv2IntegrationResponse> Resources =>
        _resources.ToDictionary(r => r.Key, r => (Apigatewayv2IntegrationResponse)r.Value.Materialize()).AsReadOnly();

    Location ILocated.Location => Location;

    internal Location Location { get; }

    /// <summary>Identifies the integration (see <see cref="IntegrationReference"/>).</summary>
    internal string IntegrationKey { get; }

    private string ImportPrefix(WebSocketApi api, string integrationId)
    {
        if (Tokens.IsUnresolved(api.ApiId) || Tokens.IsUnresolved(integrationId) || integrationId.StartsWith("${", StringComparison.Ordinal))
            throw Check.Fail(this, Rules.Import, "An integration response import needs the existing API's and integration's ids, and one of them is only known after apply.");
        return $"{api.ApiId}/{integrationId}";
    }

    // Derived from the key, not the position, so that adding a response never renames another one's
    // Terraform address; '%' and '/' are percent-encoded so that different keys never share an id.
    private static string ConstructId(IntegrationResponseKey key) =>
        key.IsDefault ? "CatchAll" : "Match " + key.Value[1..^1].Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal);
}
