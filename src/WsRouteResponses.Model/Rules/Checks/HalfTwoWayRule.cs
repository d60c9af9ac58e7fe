namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.HalfTwoWay"/>.</summary>
public sealed class HalfTwoWayRule : ElementRule<RouteDefinition>
{
    /// <summary>
    /// Half a two-way route. AWS's sources disagree on what makes a route answer: its selection-expression
    /// table says two-way routes should have <c>route_response_selection_expression</c>; its route-response
    /// guide said (until 2023) that a route with a route response is two-way. Every AWS tool and sample writes
    /// both, so half of it is a warning, never an error: it may answer on AWS, or not.
    /// </summary>
    internal static readonly Rule Definition = new("WSR108", RuleSeverity.Warning,
        "give the route both route_response_selection_expression = \"$default\" and a route response with key $default (TwoWayRoute writes both), or neither (a one-way route).",
        "API Gateway developer guide: WebSocket selection expressions (table) and route responses; AWS CDK returnResponse and the AWS console write both",
        TerraformFix: "give the route both route_response_selection_expression = \"$default\" and an aws_apigatewayv2_route_response with route_response_key = \"$default\", or neither (a one-way route).");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
