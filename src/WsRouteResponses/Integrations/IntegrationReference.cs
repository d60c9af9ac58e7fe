using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Integration;
using WsRouteResponses.Internal;

namespace WsRouteResponses.Integrations;

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
        : this(resource.Id, type, key: TerraformAddress.Of(resource))
    {
        _resource = resource;
        ResourceAddress = Key;
    }

    /// <summary>An integration the library writes itself.</summary>
    internal IntegrationReference(DeferredResource resource, IntegrationType type, bool isLambdaNonProxy)
        : this(resource.Reference("id"), type, key: resource.Address)
    {
        _deferred = resource;
        IsLambdaNonProxy = isLambdaNonProxy;
    }

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

    /// <summary>The Terraform address of a provider resource of this stack the library did not write (<see cref="ExistingIntegration.FromResource"/>), or null.</summary>
    internal string? ResourceAddress { get; }

    /// <summary>The resource the library writes, or null.</summary>
    internal DeferredResource? Deferred => _deferred;

    /// <summary>Whether this is a Lambda non-proxy integration, whose response keys match the error message (rule <c>WSR307</c>).</summary>
    internal bool IsLambdaNonProxy { get; }
}
