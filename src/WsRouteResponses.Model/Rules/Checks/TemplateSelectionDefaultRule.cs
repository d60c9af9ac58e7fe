namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TemplateSelectionDefault"/> on integrations and integration responses.</summary>
public sealed class TemplateSelectionDefaultRule : WebSocketRule, IElementCheck<IntegrationDefinition>, IElementCheck<IntegrationResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.TemplateSelectionDefault;

    /// <inheritdoc />
    public IEnumerable<string> Check(IntegrationDefinition element, IConfigurationView view) => Check(element.TemplateSelectionExpression, "integration request");

    /// <inheritdoc />
    public IEnumerable<string> Check(IntegrationResponseDefinition element, IConfigurationView view) =>
        view.IsOnProxy(element) ? [] : Check(element.TemplateSelectionExpression, $"integration response {element.Key.Describe()}");

    private static IEnumerable<string> Check(ModelText? expression, string owner)
    {
        if (expression?.Value?.Trim() == "$default")
            yield return $"The template selection expression of the {owner} is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\").";
    }
}
