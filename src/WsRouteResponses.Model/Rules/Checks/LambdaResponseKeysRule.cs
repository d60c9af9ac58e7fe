namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.LambdaResponseKeys"/>.</summary>
public sealed class LambdaResponseKeysRule : ElementRule<IntegrationResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.LambdaResponseKeys;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (response.Key.Value is not { } key || !ResponseKeySyntax.MatchesStatus(key) || view.IntegrationOf(response.Integration) is not { IsLambdaNonProxy: true }) yield break;
        if (!view.IntegrationResponses.Before(response).Any(r => r.Integration == response.Integration && r.Key.Value is { } k && ResponseKeySyntax.MatchesStatus(k)))
            yield return $"Key {key} is a status code, but a Lambda integration's responses are selected by error message.";
    }
}
