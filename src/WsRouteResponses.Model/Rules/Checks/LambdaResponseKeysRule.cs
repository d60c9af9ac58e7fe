namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.LambdaResponseKeys"/>.</summary>
public sealed class LambdaResponseKeysRule : ElementRule<IntegrationResponseDefinition>
{
    /// <summary>On a Lambda non-proxy (AWS) integration, response keys match the error message, not a status code.</summary>
    internal static readonly Rule Definition = new("WSR307", RuleSeverity.Warning,
        "match Lambda errors by their message (IntegrationResponseKey.Regex(\".*Not found.*\")); a Lambda integration has no status code, API Gateway matches $integration.response.body.errorMessage.",
        "API Gateway developer guide: WebSocket data transformations",
        TerraformFix: "match Lambda errors by their message (integration_response_key = \"/.*Not found.*/\"); a Lambda integration has no status code, API Gateway matches $integration.response.body.errorMessage.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (response.Key.Value is not { } key || !ResponseKeySyntax.MatchesStatus(key) || view.IntegrationOf(response.Integration) is not { IsLambdaNonProxy: true }) yield break;
        if (!view.IntegrationResponses.Before(response).Any(r => r.Integration == response.Integration && r.Key.Value is { } k && ResponseKeySyntax.MatchesStatus(k)))
            yield return $"Key {key} is a status code, but a Lambda integration's responses are selected by error message.";
    }
}
