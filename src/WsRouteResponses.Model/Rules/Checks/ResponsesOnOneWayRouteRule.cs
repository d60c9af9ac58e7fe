namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ResponsesOnOneWayRoute"/>.</summary>
public sealed class ResponsesOnOneWayRouteRule : ElementRule<IntegrationResponseDefinition>
{
    /// <summary>Integration responses on an integration that only one-way routes use have no effect.</summary>
    internal static readonly Rule Definition = new("WSR304", RuleSeverity.Warning,
        "make the route a TwoWayRoute if the caller should get an answer, or remove the integration responses.",
        "API Gateway developer guide: WebSocket integration responses (one-way routes send nothing back)",
        TerraformFix: "give the route route_response_selection_expression = \"$default\" and a $default route response if the caller should get an answer, or remove the integration responses.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
