using System.Globalization;

namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TemplateLength"/> on request and response templates.</summary>
public sealed class TemplateLengthRule : WebSocketRule, IElementCheck<IntegrationDefinition>, IElementCheck<IntegrationResponseDefinition>
{
    private const int MaxLength = 32_768;

    /// <inheritdoc />
    public override Rule Rule => Rules.TemplateLength;

    /// <inheritdoc />
    public IEnumerable<string> Check(IntegrationDefinition element, IConfigurationView view) => Check(element.RequestTemplates, "integration request");

    /// <inheritdoc />
    public IEnumerable<string> Check(IntegrationResponseDefinition element, IConfigurationView view) =>
        view.IsOnProxy(element) ? [] : Check(element.Templates, $"integration response {element.Key.Describe()}");

    private static IEnumerable<string> Check(IReadOnlyDictionary<string, ModelText>? templates, string owner) =>
        (templates ?? new Dictionary<string, ModelText>())
            .Where(t => t.Value.Value?.Length > MaxLength)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"The mapping template \"{t.Key}\" of the {owner} is {t.Value.Value!.Length:N0} characters long."));
}
