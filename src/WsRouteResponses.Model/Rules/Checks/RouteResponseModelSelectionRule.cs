namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteResponseModelSelection"/>.</summary>
public sealed class RouteResponseModelSelectionRule : ElementRule<RouteResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteResponseModelSelection;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteResponseDefinition response, IConfigurationView view)
    {
        // Setting it at all is what AWS does not support, so a value known only at apply is reported too.
        if (response.ModelSelectionExpression is { } selection)
            yield return selection.IsKnown
                ? $"The route response's model selection expression is \"{selection}\"."
                : "The route response sets a model selection expression (its value is known only at apply).";
    }
}
