namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TwoWayNeedsResponses"/>.</summary>
public sealed class TwoWayNeedsResponsesRule : ElementRule<RouteDefinition>
{
    /// <summary>A two-way route on a non-proxy integration needs integration responses.</summary>
    internal static readonly Rule Definition = new("WSR302", RuleSeverity.Error,
        "add IntegrationResponses with at least the catch-all IntegrationResponseKey.Default; without one, API Gateway sends nothing back on this two-way route.",
        "API Gateway developer guide: WebSocket integration responses",
        TerraformFix: "add an aws_apigatewayv2_integration_response with integration_response_key = \"$default\" (the catch-all) to the route's integration; without one, API Gateway sends nothing back on this two-way route.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override bool NeedsWholeConfiguration => true;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        if (view.HasUnresolvedLinks(route.Api)) yield break;
        if (view.IntegrationOf(route.Integration) is not { IsProxy: false, IsDeclaredOnly: false, Type.IsKnown: true } integration || !view.IsTwoWay(route)) yield break;
        if (!view.IntegrationResponses.Any(r => ReferenceEquals(view.IntegrationOf(r.Integration), integration)))
            yield return $"The route's integration is {integration.Type.Value} (non-proxy) and has no integration responses.";
    }
}
