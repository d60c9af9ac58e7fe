namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.OneRouteResponse"/>.</summary>
public sealed class OneRouteResponseRule : ElementRule<RouteResponseDefinition>
{
    /// <summary>A route has one route response.</summary>
    internal static readonly Rule Definition = new("WSR110", RuleSeverity.Error,
        "keep one route response, with key $default, per route.",
        "API Gateway CreateRouteResponse: ConflictException");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteResponseDefinition response, IConfigurationView view)
    {
        // Two route responses that may not both exist (a count or for_each known only at apply) are not two.
        if (response.Route is not null
            && view.RouteResponses.Before(response).FirstOrDefault(r => !r.MayExcludeEachOther(response) && r.Route == response.Route) is { } other)
            yield return $"The route already has the route response {view.NameOf(other.Origin)}.";
    }
}
