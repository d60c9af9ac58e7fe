namespace WsRouteResponses.Model;

/// <summary>
/// What a rule sees: the elements of a configuration, whole (<see cref="WebSocketConfiguration"/>, for
/// <c>check</c>) or as far as the constructs have built it (the element being checked is then not in it
/// yet). Rules that compare an element with others look only at those before it, so that a pair is
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

    /// <summary>The element at <paramref name="address"/>, or null.</summary>
    T? Find<T>(string? address) where T : Definition;

    /// <summary>How a message names another element: its construct path for the constructs, its address for <c>check</c>.</summary>
    string NameOf(Origin origin);
}

/// <summary>Queries rules share.</summary>
public static class ConfigurationViewExtensions
{
    /// <summary>The elements of <paramref name="all"/> before <paramref name="element"/> (all of them when it is not among them).</summary>
    public static IEnumerable<T> Before<T>(this IReadOnlyList<T> all, T element) where T : Definition =>
        all.TakeWhile(e => !ReferenceEquals(e, element));

    /// <summary>The API an element belongs to, or null (unknown, or not in the configuration).</summary>
    public static ApiDefinition? ApiOf(this IConfigurationView view, Definition element) => view.Find<ApiDefinition>(element.Api);

    /// <summary>The integration a target names in the configuration, or null.</summary>
    public static IntegrationDefinition? IntegrationOf(this IConfigurationView view, IntegrationTarget? target) =>
        view.Find<IntegrationDefinition>(target?.Address ?? (target?.Id is { } id ? IntegrationDefinition.DeclaredAddress(id) : null));

    /// <summary>The route responses of a route.</summary>
    public static IEnumerable<RouteResponseDefinition> ResponsesOf(this IConfigurationView view, RouteDefinition route) =>
        view.RouteResponses.Where(r => r.Route == route.Origin.Address);

    /// <summary>The routes that target an integration.</summary>
    public static IEnumerable<RouteDefinition> RoutesOf(this IConfigurationView view, IntegrationDefinition integration) =>
        view.Routes.Where(r => ReferenceEquals(view.IntegrationOf(r.Integration), integration));

    /// <summary>Whether a route answers: <c>$default</c> route response selection expression and a <c>$default</c> route response.</summary>
    public static bool IsTwoWay(this IConfigurationView view, RouteDefinition route) =>
        route.RouteResponseSelectionExpression?.Is("$default") == true && view.ResponsesOf(route).Any(r => r.RouteResponseKey.Is("$default"));
}
