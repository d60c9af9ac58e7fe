namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteTarget"/>.</summary>
public sealed class RouteTargetRule : ElementRule<RouteDefinition>
{
    /// <summary>A route targets an integration (not another kind of resource) of its own API.</summary>
    internal static readonly Rule Definition = new("WSR111", RuleSeverity.Error,
        "target an integration of the route's own API (integrations/<id> of an integration with the same api_id); create the integration in each API that uses it.",
        "API Gateway CreateRoute: Target");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        // A reference to an undeclared resource is Terraform's own error; an id of another kind of resource,
        // or an integration of another API, is not.
        if (route.Integration?.Address is { } address && ResourceConverter.TypeOf(address) != "aws_apigatewayv2_integration")
            yield return $"The route targets {address}, which is not an integration.";
        else if (view.IntegrationOf(route.Integration) is { Api: not null } integration && route.Api is not null && integration.Api != route.Api)
            yield return $"The route targets {view.NameOf(integration.Origin)}, an integration of another API ({integration.Api}).";
    }
}
