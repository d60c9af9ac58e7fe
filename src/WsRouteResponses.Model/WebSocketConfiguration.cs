namespace WsRouteResponses.Model;

/// <summary>
/// The WebSocket APIs of one stack and everything attached to them, as plain immutable data: what the
/// constructs build as they are created, and what the reader reads back from Terraform JSON. Each element
/// names its API (<see cref="Definition.Api"/>); the lists are in address order.
/// </summary>
public sealed class WebSocketConfiguration : IConfigurationView
{
    /// <summary>The configuration of the given elements (any order); duplicates by address keep the last.</summary>
    /// <param name="definitions">The elements.</param>
    /// <param name="referencedByModules">The resource addresses module calls refer to (<see cref="ReferencedByModules"/>). Default: none.</param>
    public WebSocketConfiguration(IEnumerable<Definition> definitions, IEnumerable<string>? referencedByModules = null)
    {
        ReferencedByModules = (referencedByModules ?? []).ToHashSet(StringComparer.Ordinal);
        var byAddress = new Dictionary<string, Definition>(StringComparer.Ordinal);
        foreach (var definition in definitions) byAddress[definition.Origin.Address] = definition;
        var all = byAddress.Values.OrderBy(d => d.Origin.Address, StringComparer.Ordinal).ToList();
        Apis = all.OfType<ApiDefinition>().ToList();
        Routes = all.OfType<RouteDefinition>().ToList();
        RouteResponses = all.OfType<RouteResponseDefinition>().ToList();
        Integrations = all.OfType<IntegrationDefinition>().ToList();
        IntegrationResponses = all.OfType<IntegrationResponseDefinition>().ToList();
        Models = all.OfType<ModelDefinition>().ToList();
        Stages = all.OfType<StageDefinition>().ToList();
        Deployments = all.OfType<DeploymentDefinition>().ToList();
        Permissions = all.OfType<PermissionDefinition>().ToList();
        Authorizers = all.OfType<AuthorizerDefinition>().ToList();
        _byAddress = byAddress;
    }

    private readonly Dictionary<string, Definition> _byAddress;

    /// <summary>The APIs, created or attached by id.</summary>
    public IReadOnlyList<ApiDefinition> Apis { get; }

    /// <summary>The routes.</summary>
    public IReadOnlyList<RouteDefinition> Routes { get; }

    /// <summary>The route responses.</summary>
    public IReadOnlyList<RouteResponseDefinition> RouteResponses { get; }

    /// <summary>The integrations.</summary>
    public IReadOnlyList<IntegrationDefinition> Integrations { get; }

    /// <summary>The integration responses.</summary>
    public IReadOnlyList<IntegrationResponseDefinition> IntegrationResponses { get; }

    /// <summary>The models.</summary>
    public IReadOnlyList<ModelDefinition> Models { get; }

    /// <summary>The stages.</summary>
    public IReadOnlyList<StageDefinition> Stages { get; }

    /// <summary>The deployments.</summary>
    public IReadOnlyList<DeploymentDefinition> Deployments { get; }

    /// <summary>The Lambda permissions (any principal).</summary>
    public IReadOnlyList<PermissionDefinition> Permissions { get; }

    /// <inheritdoc />
    public IReadOnlySet<string> ReferencedByModules { get; }

    /// <summary>The authorizers (read from Terraform JSON; the constructs take an authorizer by id).</summary>
    public IReadOnlyList<AuthorizerDefinition> Authorizers { get; }

    /// <summary>Every element, in address order.</summary>
    public IEnumerable<Definition> All => _byAddress.Values.OrderBy(d => d.Origin.Address, StringComparer.Ordinal);

    /// <summary>Names elements by address (what <c>check</c> reports).</summary>
    public string NameOf(Origin origin) => origin.Address;

    /// <summary>The element at <paramref name="address"/>, or null.</summary>
    public T? Find<T>(string? address) where T : Definition =>
        address is not null && _byAddress.TryGetValue(address, out var definition) ? definition as T : null;
}
