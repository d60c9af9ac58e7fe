namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteTarget"/>.</summary>
public sealed class RouteTargetRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteTarget;

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
