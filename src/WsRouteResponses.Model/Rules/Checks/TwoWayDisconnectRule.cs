namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TwoWayDisconnect"/>: two-way <c>$disconnect</c> and <c>$connect</c> routes.</summary>
public sealed class TwoWayDisconnectRule : ElementRule<RouteDefinition>
{
    /// <summary>
    /// A <c>$disconnect</c> route cannot answer (the connection is already closed); nothing documents an answer
    /// on <c>$connect</c>, whose integration's status decides the handshake before the connection exists.
    /// </summary>
    internal static readonly Rule Definition = new("WSR106", RuleSeverity.Warning,
        "make the $connect or $disconnect route a OneWayRoute: $connect answers the handshake with its integration's status (and headers, such as Sec-WebSocket-Protocol), $disconnect runs after the connection has closed.",
        "API Gateway developer guide: WebSocket $connect and $disconnect routes; AWS's subprotocol sample ($connect one-way)",
        TerraformFix: "remove the route's route_response_selection_expression and route response: $connect answers the handshake with its integration's status (and headers, such as Sec-WebSocket-Protocol), $disconnect runs after the connection has closed.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
