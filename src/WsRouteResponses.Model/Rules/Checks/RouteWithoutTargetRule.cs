namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteWithoutTarget"/>.</summary>
public sealed class RouteWithoutTargetRule : ElementRule<RouteDefinition>
{
    /// <summary>A route has a target; AWS documents nothing a route without one does.</summary>
    internal static readonly Rule Definition = new("WSR112", RuleSeverity.Warning,
        "give the route target = \"integrations/<integration id>\" (an aws_apigatewayv2_integration of its API), or remove the route.",
        "API Gateway CreateRoute: Target (optional; no documented behaviour without it)");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        if (route.Integration is null)
            yield return "The route has no target: CreateRoute allows that, but AWS documents nothing such a route does with a message (no backend is called, no answer is defined).";
    }
}
