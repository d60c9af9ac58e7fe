namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TwoWayDisconnect"/>.</summary>
public sealed class TwoWayDisconnectRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.TwoWayDisconnect;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        if (route.RouteKey.Is("$disconnect") && route.RouteResponseSelectionExpression?.Is("$default") == true)
            yield return "A two-way $disconnect route has no one to answer.";
    }
}
