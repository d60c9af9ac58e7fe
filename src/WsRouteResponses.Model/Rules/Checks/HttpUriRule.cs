using System.Text.RegularExpressions;

namespace WsRouteResponses.Model.Checks;

/// <summary>
/// Checks <see cref="Rules.HttpUri"/>. A <c>${stageVariables.x}</c> in the URI is set per stage (AWS's own
/// example is <c>http://${stageVariables.url}</c>): it stands for a host name here, and a URI that starts
/// with one is not judged.
/// </summary>
public sealed partial class HttpUriRule : ElementRule<IntegrationDefinition>
{
    /// <summary>An HTTP integration's URI is an absolute http(s) URL.</summary>
    internal static readonly Rule Definition = new("WSR207", RuleSeverity.Error,
        "give the endpoint's full URL, e.g. https://backend.example.com/messages.",
        "API Gateway CreateIntegration: IntegrationUri");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view)
    {
        if (integration.Type.Value is "HTTP" or "HTTP_PROXY" && integration.Uri?.Value is { } uri
            && !uri.StartsWith("${stageVariables.", StringComparison.Ordinal)
            && !(System.Uri.TryCreate(StageVariable().Replace(uri, "stage-variable"), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            yield return $"The {integration.Type.Value} integration's URI \"{uri}\" is not an absolute http:// or https:// URL.";
    }

    [GeneratedRegex(@"\$\{stageVariables\.[A-Za-z0-9_]+\}")]
    private static partial Regex StageVariable();
}
