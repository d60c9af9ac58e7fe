
namespace WsRouteResponses;

/// <summary>
/// An integration the library does not create: a provider resource defined elsewhere in the stack, or
/// one that already exists in AWS (by id). Routes target it; an <c>IntegrationResponseSet</c> can add
/// responses to it. Its type is needed so that the proxy/non-proxy rules can be checked.
/// </summary>
public sealed class ExistingIntegration : WebSocketIntegration
{
    private readonly IntegrationReference _reference;

    private ExistingIntegration(IntegrationReference reference)
        : base(reference.Type, props: null) => _reference = reference;

    /// <summary>An integration that exists in AWS, by id and type.</summary>
    public static ExistingIntegration FromId(string integrationId, IntegrationType type) => new(new IntegrationReference(integrationId, type));

    /// <summary>A provider resource defined elsewhere in the stack; reads its id, logical id and configured type once.</summary>
    /// <exception cref="ArgumentException">The resource's integration type is a token, not a literal.</exception>
    public static ExistingIntegration FromResource(Apigatewayv2Integration resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var type = resource.IntegrationTypeInput ?? throw new ArgumentException("The integration has no integration_type.", nameof(resource));
        return new(new IntegrationReference(resource, IntegrationTypeExtensions.ParseTerraform(type)));
    }

    /// <summary>The id, type and resource of the integration.</summary>
    public IntegrationReference Reference => _reference;

    internal override IntegrationReference Bind(WebSocketRoute route, WebSocketApi api)
    {
        _reference.Describe(api, route, route.Location.Path);
        return _reference;
    }
}
