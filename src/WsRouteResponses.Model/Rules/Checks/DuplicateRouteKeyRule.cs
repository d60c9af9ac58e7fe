namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.DuplicateRouteKey"/>.</summary>
public sealed class DuplicateRouteKeyRule : ElementRule<RouteDefinition>
{
    /// <summary>A route key appears at most once in an API.</summary>
    internal static readonly Rule Definition = new("WSR102", RuleSeverity.Error,
        "give each route of an API its own route key; to answer one key in two ways use integration responses or a template selection expression.",
        "API Gateway CreateRoute: ConflictException");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        // Two routes that may not both exist (count = var.http ? 1 : 0, and ? 0 : 1) are no duplicate.
        if (route.RouteKey.Value is not { } key || route.Api is null) yield break;
        if (view.Routes.Before(route).FirstOrDefault(r => !r.MayExcludeEachOther(route) && r.Api == route.Api && r.RouteKey.Is(key)) is { } existing)
            yield return $"Route key \"{key}\" is already used by {view.NameOf(existing.Origin)}.";
    }
}
