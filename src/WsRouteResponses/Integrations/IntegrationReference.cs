using System.Text.Json.Nodes;
using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Model;
using WsRouteResponses.Synthesis;
using WsRouteResponses.TerraformStrings;

namespace WsRouteResponses;

/// <summary>An integration as routes and integration responses see it: its id and its type.</summary>
public sealed class IntegrationReference
{
    private readonly DeferredResource? _deferred;
    private readonly Apigatewayv2Integration? _resource;

    /// <summary>Refers to an integration that exists in AWS, by its literal id, and type.</summary>
    /// <param name="integrationId">The integration id, e.g. <c>a1b2c3</c>.</param>
    /// <param name="type">The integration's type; it decides whether integration responses are allowed.</param>
    public IntegrationReference(string integrationId, IntegrationType type)
        : this(integrationId, type, key: $"id:{integrationId}") { }

    private IntegrationReference(string integrationId, IntegrationType type, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(integrationId);
        IntegrationId = integrationId;
        Type = type;
        Key = key;
    }

    /// <summary>An integration defined by a provider resource of this stack, identified by its logical id.</summary>
    internal IntegrationReference(Apigatewayv2Integration resource, IntegrationType type)
        : this(resource.Id, type, key: TerraformAddress.Of(resource)) => _resource = resource;

    /// <summary>An integration the library writes itself.</summary>
    internal IntegrationReference(DeferredResource resource, IntegrationType type)
        : this(resource.Reference("id"), type, key: resource.Address) => _deferred = resource;

    /// <summary>
    /// The integration id: a literal, a token, or for integrations the library creates a Terraform
    /// reference (<c>${aws_apigatewayv2_integration.x.id}</c>) valid in this stack.
    /// </summary>
    public string IntegrationId { get; }

    /// <summary>The integration type.</summary>
    public IntegrationType Type { get; }

    /// <summary>The provider resource (escape hatch; created on first read if the library deferred it), or null when the integration is not defined in this stack.</summary>
    public Apigatewayv2Integration? Resource => _resource ?? (Apigatewayv2Integration?)_deferred?.Materialize();

    /// <summary>Identifies the integration across reads of its id (a token is new on every read).</summary>
    internal string Key { get; }

    /// <summary>
    /// Describes the integration in <paramref name="api"/>'s model when the library does not write it: one
    /// attached by resource is tracked for redeployment; one known by its literal id is declared with its
    /// type, so that the rules about integration responses apply to it.
    /// </summary>
    internal void Describe(WebSocketApi api, IConstruct owner, string ownerPath)
    {
        if (_deferred is not null) return;
        if (_resource is not null)
        {
            // Every reference reads the id anew (a new token): each must resolve to the same resource.
            api.Model.AddTokenReference(IntegrationId, $"${{{Key}.id}}");
            if (api.Model.Find<IntegrationDefinition>(Key) is not null) return;
            api.TrackExternalDeployable(Key);
            // Its API as configured (one jsii read), so that a route of another API is caught (rule WSR111).
            var apiId = _resource.ApiIdInput is { } input ? ResourceConverter.ApiKey(JsonValue.Create(api.Model.Resolve(input))) : null;
            Declare(api, Key, apiId, owner, ownerPath);
        }
        else if (!Tokens.IsUnresolved(IntegrationId) && api.Model.Find<IntegrationDefinition>(IntegrationDefinition.DeclaredAddress(IntegrationId)) is null)
            Declare(api, IntegrationDefinition.DeclaredAddress(IntegrationId), api.Key, owner, ownerPath);
    }

    private void Declare(WebSocketApi api, string address, string? apiKey, IConstruct owner, string ownerPath) =>
        api.Model.Add(new IntegrationDefinition
        {
            Origin = new Origin(address), Api = apiKey, Type = ModelText.Known(Type.ToTerraform()), IsDeclaredOnly = true,
        }, owner, ownerPath);

    /// <summary>The resource the library writes, or null.</summary>
    internal DeferredResource? Deferred => _deferred;

}
