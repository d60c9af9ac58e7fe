using System.Globalization;
using System.Text;

namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TemplateSize"/> on request and response templates.</summary>
public sealed class TemplateSizeRule : WebSocketRule, IElementCheck<IntegrationDefinition>, IElementCheck<IntegrationResponseDefinition>
{
    private const int MaxBytes = 300 * 1024;

    /// <inheritdoc />
    public override Rule Rule => Rules.TemplateSize;

    /// <inheritdoc />
    public IEnumerable<string> Check(IntegrationDefinition element, IConfigurationView view) => Check(element.RequestTemplates, "integration request");

    /// <inheritdoc />
    public IEnumerable<string> Check(IntegrationResponseDefinition element, IConfigurationView view) =>
        view.IsOnProxy(element) ? [] : Check(element.Templates, $"integration response {element.Key.Describe()}");

    private static IEnumerable<string> Check(IReadOnlyDictionary<string, ModelText>? templates, string owner) =>
        (templates ?? new Dictionary<string, ModelText>())
            .Where(t => t.Value.Value is { } text && Encoding.UTF8.GetByteCount(text) > MaxBytes)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"The mapping template \"{t.Key}\" of the {owner} is {Encoding.UTF8.GetByteCount(t.Value.Value!):N0} bytes; API Gateway accepts at most {MaxBytes:N0}."));
}
