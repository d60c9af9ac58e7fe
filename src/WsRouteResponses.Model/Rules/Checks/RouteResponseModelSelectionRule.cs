namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteResponseModelSelection"/>.</summary>
public sealed class RouteResponseModelSelectionRule : ElementRule<RouteResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteResponseModelSelection;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteResponseDefinition response, IConfigurationView view)
    {
        if (response.ModelSelectionExpression is { IsKnown: true } selection)
            yield return $"The route response's model selection expression is \"{selection}\".";
    }
}
