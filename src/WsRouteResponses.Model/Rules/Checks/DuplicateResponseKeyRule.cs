namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.DuplicateResponseKey"/>.</summary>
public sealed class DuplicateResponseKeyRule : ElementRule<IntegrationResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.DuplicateResponseKey;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        // Two responses that may not both exist (a count or for_each known only at apply) are no duplicate.
        if (response.Key.Value is { } key && !response.Integration.IsUnknown && !view.IsOnProxy(response)
            && view.IntegrationResponses.Before(response).Any(r => !r.MayExcludeEachOther(response) && r.Integration == response.Integration && r.Key.Is(key)))
            yield return $"Key {key} appears more than once.";
    }
}
