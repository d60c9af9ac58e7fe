using System.Globalization;
using System.Text;

namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.TemplateSize"/> on request and response templates.</summary>
public sealed class TemplateSizeRule : WebSocketRule, IElementCheck<IntegrationDefinition>, IElementCheck<IntegrationResponseDefinition>
{
    private const int MaxBytes = 300 * 1024;

    /// <summary>A mapping template is at most 300 KB.</summary>
    internal static readonly Rule Definition = new("WSR203", RuleSeverity.Error,
        "keep each mapping template under 300 KB; move static data to the backend.",
        "API Gateway quotas: maximum mapping template size (300 KB, not adjustable)");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
