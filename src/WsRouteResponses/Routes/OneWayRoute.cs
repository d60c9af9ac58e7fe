using Constructs;

namespace WsRouteResponses;

/// <summary>
/// A route that does not answer its caller: no route response selection expression and no route
/// response, so whatever the integration returns is dropped (integration responses on its integration
/// have no effect: warning <c>WSR304</c>). Typical for <c>$connect</c>, <c>$disconnect</c> and fire-and-forget messages.
/// </summary>
public sealed class OneWayRoute : WebSocketRoute
{
    /// <summary>Creates the route.</summary>
    /// <exception cref="WebSocketRuleException">A route rule (<c>WSR101</c>-<c>WSR104</c>) or integration rule (<c>WSR2xx</c>) is broken.</exception>
    public OneWayRoute(Construct scope, string id, OneWayRouteProps props) : base(scope, id, props, twoWay: false) => Api.Register(this);
}
