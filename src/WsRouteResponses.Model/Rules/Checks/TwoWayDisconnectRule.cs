namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TwoWayDisconnect"/>: two-way <c>$disconnect</c> and <c>$connect</c> routes.</summary>
public sealed class TwoWayDisconnectRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.TwoWayDisconnect;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        if (route.RouteResponseSelectionExpression?.Is("$default") != true) yield break;
        if (route.RouteKey.Is("$disconnect"))
            yield return "A two-way $disconnect route has no one to answer.";
        else if (route.RouteKey.Is("$connect"))
            yield return "A two-way $connect route: AWS documents no answer on $connect, whose integration's status decides the handshake before the connection is open, and its own samples make $connect one-way; what a route response sends there is unconfirmed.";
    }
}
