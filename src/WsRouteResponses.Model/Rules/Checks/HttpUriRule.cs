namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.HttpUri"/>.</summary>
public sealed class HttpUriRule : ElementRule<IntegrationDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.HttpUri;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view)
    {
        if (integration.Type.Value is "HTTP" or "HTTP_PROXY" && integration.Uri?.Value is { } uri
            && !(System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            yield return $"The {integration.Type.Value} integration's URI \"{uri}\" is not an absolute http:// or https:// URL.";
    }
}
