namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteWithoutTarget"/>.</summary>
public sealed class RouteWithoutTargetRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteWithoutTarget;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        if (route.Integration is null)
            yield return "The route has no target: CreateRoute allows that, but AWS documents nothing such a route does with a message (no backend is called, no answer is defined).";
    }
}
