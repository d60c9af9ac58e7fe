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
        if (view.HasUnresolvedLinks(route.Api) || view.IsTwoWayKnown(route) is null) yield break;
        var selects = route.RouteResponseSelectionExpression?.Is("$default") == true;
        var responds = view.ResponsesOf(route).Any(r => r.RouteResponseKey.Is("$default"));
        if (selects && !responds)
            yield return "The route has route_response_selection_expression = \"$default\" but no $default route response: API Gateway sends nothing back.";
        else if (responds && route.RouteResponseSelectionExpression is null)
            yield return "The route has a $default route response but no route_response_selection_expression: API Gateway sends nothing back.";
    }
}
