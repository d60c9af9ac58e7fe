namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteQuota"/>.</summary>
public sealed class RouteQuotaRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteQuota;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view) =>
        WebSocketQuotas.Exceeded(view.Routes, route, view.ApiOf(route)?.Quotas.Routes ?? WebSocketQuotas.DefaultRoutes, WebSocketQuotas.DefaultRoutes, "route");
}
