namespace WsRouteResponses.Model;

/// <summary>
/// What a rule sees: the elements of a configuration, whole (<see cref="WebSocketConfiguration"/>, for
/// <c>check</c>) or as far as the constructs have built it (the element being checked is already in it,
/// last). Rules that compare an element with others look only at those before it, so that a pair is
/// reported once, on the later element, either way.
/// </summary>
public interface IConfigurationView
{
    /// <summary>The APIs.</summary>
    IReadOnlyList<ApiDefinition> Apis { get; }

    /// <summary>The routes.</summary>
    IReadOnlyList<RouteDefinition> Routes { get; }

    /// <summary>The route responses.</summary>
    IReadOnlyList<RouteResponseDefinition> RouteResponses { get; }

    /// <summary>The integrations.</summary>
    IReadOnlyList<IntegrationDefinition> Integrations { get; }

    /// <summary>The integration responses.</summary>
    IReadOnlyList<IntegrationResponseDefinition> IntegrationResponses { get; }

    /// <summary>The models.</summary>
    IReadOnlyList<ModelDefinition> Models { get; }

    /// <summary>The stages.</summary>
    IReadOnlyList<StageDefinition> Stages { get; }

    /// <summary>The deployments.</summary>
    IReadOnlyList<DeploymentDefinition> Deployments { get; }

    /// <summary>The Lambda permissions.</summary>
    IReadOnlyList<PermissionDefinition> Permissions { get; }

    /// <summary>
    /// The addresses of resources that module calls of the configuration refer to (their inputs): a module
    /// may create what a rule looks for (a Lambda permission for a function it is given). Empty for the constructs.
    /// </summary>
    IReadOnlySet<string> ReferencedByModules { get; }

    /// <summary>The element at <paramref name="address"/>, or null.</summary>
    T? Find<T>(string? address) where T : Definition;

    /// <summary>How a message names another element: its construct path for the constructs, its address for <c>check</c>.</summary>
    string NameOf(Origin origin);
}
