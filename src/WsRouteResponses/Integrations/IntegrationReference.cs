using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Integration;

namespace WsRouteResponses.Integrations;

/// <summary>An integration as routes and integration responses see it: its id and its type.</summary>
public sealed class IntegrationReference
{
    /// <summary>Refers to an integration by id (a literal or a token) and type.</summary>
    /// <param name="integrationId">The integration id.</param>
    /// <param name="type">The integration's type; it decides whether integration responses are allowed.</param>
    /// <param name="resource">The provider resource, when the integration is defined in this stack.</param>
    public IntegrationReference(string integrationId, IntegrationType type, Apigatewayv2Integration? resource = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(integrationId);
        IntegrationId = integrationId;
        Type = type;
        Resource = resource;
    }

    /// <summary>The integration id (often a token resolved at apply time).</summary>
    public string IntegrationId { get; }

    /// <summary>The integration type.</summary>
    public IntegrationType Type { get; }

    /// <summary>The provider resource (escape hatch), or null when the integration is not defined in this stack.</summary>
    public Apigatewayv2Integration? Resource { get; }

    /// <summary>Whether this is a Lambda non-proxy integration, whose response keys match the error message (rule <c>WSR307</c>).</summary>
    internal bool IsLambdaNonProxy { get; init; }
}
