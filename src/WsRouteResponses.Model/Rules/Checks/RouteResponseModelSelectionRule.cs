namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteResponseModelSelection"/>.</summary>
public sealed class RouteResponseModelSelectionRule : ElementRule<RouteResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteResponseModelSelection;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteResponseDefinition response, IConfigurationView view)
    {
        // Setting it at all is what AWS does not support; a value known only at apply (a variable, a module's
        // input) may well be null, which leaves it unset, so only a known value is reported.
        if (response.ModelSelectionExpression?.Value is { } selection)
            yield return $"The route response's model selection expression is \"{selection}\".";
    }
}
