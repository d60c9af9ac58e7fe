namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ResponsesOnOneWayRoute"/>.</summary>
public sealed class ResponsesOnOneWayRouteRule : ElementRule<IntegrationResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.ResponsesOnOneWayRoute;

    /// <inheritdoc />
    public override bool NeedsWholeConfiguration => true;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (view.HasUnresolvedLinks(response.Api) || view.IsOnProxy(response)) yield break;
        if (view.IntegrationOf(response.Integration) is not { } integration
            || !ReferenceEquals(view.IntegrationResponses.First(r => ReferenceEquals(view.IntegrationOf(r.Integration), integration)), response)) yield break;
        var users = view.RoutesOf(integration).ToList();
        if (users.Count > 0 && users.All(r => view.IsTwoWayKnown(r) == false))
            yield return $"The integration's responses have no effect, as only one-way routes use it: {string.Join(", ", users.Select(r => r.RouteKey.Describe()))}.";
    }
}
