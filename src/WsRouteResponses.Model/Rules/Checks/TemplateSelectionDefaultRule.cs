namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TemplateSelectionDefault"/> on integrations and integration responses.</summary>
public sealed class TemplateSelectionDefaultRule : WebSocketRule, IElementCheck<IntegrationDefinition>, IElementCheck<IntegrationResponseDefinition>
{
    /// <summary>A static template selection expression is written <c>\$default</c>: API Gateway reads a bare <c>$default</c> as an unknown variable.</summary>
    internal static readonly Rule Definition = new("WSR205", RuleSeverity.Error,
        "write the static value \\$default (in C#: \"\\\\$default\" or @\"\\$default\"); a '$' is escaped with '\\' in selection expressions, and only the route response selection expression takes a bare $default.",
        "API Gateway developer guide: WebSocket selection expressions; CreateIntegration: \"Unexpected variable in selection expression: $default\"",
        TerraformFix: "write the static value \\$default (a backslash before the $: \"\\\\$default\" in a Terraform JSON or HCL string); only the route response selection expression takes a bare $default.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
