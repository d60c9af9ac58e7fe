namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteResponseModelSelection"/>.</summary>
public sealed class RouteResponseModelSelectionRule : ElementRule<RouteResponseDefinition>
{
    /// <summary>AWS documents the route response's model selection expression as unsupported.</summary>
    internal static readonly Rule Definition = new("WSR107", RuleSeverity.Warning,
        "leave ResponseModelSelectionExpression unset: API Gateway documents RouteResponse.ModelSelectionExpression as currently unsupported, so it selects nothing; ResponseModels keyed $default still document the answer.",
        "API Gateway developer guide: WebSocket selection expressions (summary table)",
        TerraformFix: "leave the route response's model_selection_expression unset: API Gateway documents it as currently unsupported, so it selects nothing; response_models keyed $default still document the answer.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteResponseDefinition response, IConfigurationView view)
    {
        // Setting it at all is what AWS does not support; a value known only at apply (a variable, a module's
        // input) may well be null, which leaves it unset, so only a known value is reported.
        if (response.ModelSelectionExpression?.Value is { } selection)
            yield return $"The route response's model selection expression is \"{selection}\".";
    }
}
