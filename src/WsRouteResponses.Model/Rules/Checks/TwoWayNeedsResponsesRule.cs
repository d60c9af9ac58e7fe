namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TwoWayNeedsResponses"/>.</summary>
public sealed class TwoWayNeedsResponsesRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.TwoWayNeedsResponses;

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
