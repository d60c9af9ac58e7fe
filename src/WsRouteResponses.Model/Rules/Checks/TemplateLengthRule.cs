using System.Globalization;

namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TemplateLength"/> on request and response templates.</summary>
public sealed class TemplateLengthRule : WebSocketRule, IElementCheck<IntegrationDefinition>, IElementCheck<IntegrationResponseDefinition>
{
    private const int MaxLength = 32_768;

    /// <summary>The API model types mapping templates as strings of at most 32,768 characters.</summary>
    internal static readonly Rule Definition = new("WSR206", RuleSeverity.Warning,
        "keep each mapping template under 32,768 characters: the quotas page allows 300 KB, but the API model (StringWithLengthBetween0And32K) types templates as at most 32K characters, so a longer one may be refused.",
        "apigatewayv2 API model: TemplateMap values");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
