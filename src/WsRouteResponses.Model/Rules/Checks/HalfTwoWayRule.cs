namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.HalfTwoWay"/>.</summary>
public sealed class HalfTwoWayRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.HalfTwoWay;

    /// <inheritdoc />
    public override bool NeedsWholeConfiguration => true;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        if (view.HasUnresolvedLinks(route.Api) || view.ResponsesOf(route).Any(r => !r.RouteResponseKey.IsKnown)) yield break;
        var selects = route.RouteResponseSelectionExpression?.Is("$default") == true;
        var responds = view.HasDefaultRouteResponse(route);
        if (selects && !responds)
            yield return "The route has route_response_selection_expression = \"$default\" but no $default route response: nothing defines an answer, so API Gateway sends none (the local runtime neither).";
        else if (responds && route.RouteResponseSelectionExpression is null)
            yield return "The route has a $default route response but no route_response_selection_expression: whether API Gateway answers is unconfirmed (AWS's selection-expression table says two-way routes should have the expression; its route-response guide said a route with a route response is two-way). The local runtime answers, as the guide said.";
    }
}
