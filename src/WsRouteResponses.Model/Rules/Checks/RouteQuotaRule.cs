namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteQuota"/>.</summary>
public sealed class RouteQuotaRule : ElementRule<RouteDefinition>
{
    /// <summary>At most 300 routes per API, unless the account's quota was raised.</summary>
    internal static readonly Rule Definition = new("WSR104", RuleSeverity.Warning,
        "split the routes over several APIs or route several actions to one route; if your account's quota was raised (Service Quotas, adjustable), declare it: Quotas = new WebSocketQuotas { Routes = n } on the API.",
        "API Gateway quotas: routes per WebSocket API (300, adjustable)",
        TerraformFix: "split the routes over several APIs or route several actions to one route; if your account's quota was raised (Service Quotas, adjustable), this warning does not apply.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view) =>
        WebSocketQuotas.Exceeded(view.Routes, route, view.ApiOf(route)?.Quotas.Routes ?? WebSocketQuotas.DefaultRoutes, WebSocketQuotas.DefaultRoutes, "route");
}
