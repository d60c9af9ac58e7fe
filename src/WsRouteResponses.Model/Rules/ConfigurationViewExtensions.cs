namespace WsRouteResponses.Model;

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

    /// <summary>
    /// Whether an integration response belongs to a proxy integration (AWS_PROXY, HTTP_PROXY). <c>WSR301</c>
    /// says to remove it, so rules that presume a non-proxy integration (its key, its templates, a
    /// <c>$default</c> catch-all, a two-way route to answer) stay silent on it: one finding per mistake, and
    /// no fix that contradicts "remove them".
    /// </summary>
    public static bool IsOnProxy(this IConfigurationView view, IntegrationResponseDefinition response) =>
        view.IntegrationOf(response.Integration) is { IsProxy: true };

    /// <summary>The route responses of a route.</summary>
    public static IEnumerable<RouteResponseDefinition> ResponsesOf(this IConfigurationView view, RouteDefinition route) =>
        view.RouteResponses.Where(r => r.Route == route.Origin.Address);

    /// <summary>The routes that target an integration.</summary>
    public static IEnumerable<RouteDefinition> RoutesOf(this IConfigurationView view, IntegrationDefinition integration) =>
        view.Routes.Where(r => ReferenceEquals(view.IntegrationOf(r.Integration), integration));

    /// <summary>
    /// Whether something of the API is known only at apply in a way that hides which route or integration
    /// it belongs to (a route response whose <c>route_id</c>, an integration response whose
    /// <c>integration_id</c>, or a route whose target is unresolved): rules about pairs then skip the API.
    /// </summary>
    public static bool HasUnresolvedLinks(this IConfigurationView view, string? api) =>
        view.RouteResponses.Any(r => r.Api == api && r.Route is null)
        || view.IntegrationResponses.Any(r => r.Api == api && r.Integration.IsUnknown)
        || view.Routes.Any(r => r.Api == api && r.Integration is { IsUnknown: true });

    /// <summary>Whether a route answers: <c>$default</c> route response selection expression and a <c>$default</c> route response.</summary>
    public static bool IsTwoWay(this IConfigurationView view, RouteDefinition route) => view.IsTwoWayKnown(route) == true;

    /// <summary>
    /// Whether a route answers, or null when that is known only at apply (its route response selection
    /// expression, or a route response key, is an expression) or unconfirmed (a <c>$default</c> route
    /// response without the selection expression, rule <c>WSR108</c>): rules then do not judge it.
    /// </summary>
    public static bool? IsTwoWayKnown(this IConfigurationView view, RouteDefinition route)
    {
        var responses = view.ResponsesOf(route).ToList();
        var selection = route.RouteResponseSelectionExpression;
        if (responses.Count == 0 || (selection is { IsKnown: true } known && !known.Is("$default"))
            || responses.All(r => r.RouteResponseKey.IsKnown && !r.RouteResponseKey.Is("$default"))) return false;
        return selection is { IsKnown: true } && responses.Any(r => r.RouteResponseKey.Is("$default")) ? true : null;
    }

    /// <summary>
    /// Whether a route has a <c>$default</c> route response: what made a route two-way by AWS's route-response
    /// guide ("If a route has a route response, it is configured for two-way communication"), which the local
    /// runtime follows where the selection expression is missing (<see cref="Rules.HalfTwoWay"/>).
    /// </summary>
    public static bool HasDefaultRouteResponse(this IConfigurationView view, RouteDefinition route) =>
        view.ResponsesOf(route).Any(r => r.RouteResponseKey.Is("$default"));
}
