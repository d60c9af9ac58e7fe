namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.DuplicateResponseKey"/>.</summary>
public sealed class DuplicateResponseKeyRule : ElementRule<IntegrationResponseDefinition>
{
    /// <summary>Each integration response key appears once per integration.</summary>
    internal static readonly Rule Definition = new("WSR306", RuleSeverity.Error,
        "give each integration response of an integration its own key (IntegrationResponseKey.StatusClass(2) and Regex(\"2\\\\d\\\\d\") are the same key).",
        "API Gateway CreateIntegrationResponse: ConflictException",
        TerraformFix: "give each integration response of an integration its own integration_response_key.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        // Two responses that may not both exist (a count or for_each known only at apply) are no duplicate.
        if (response.Key.Value is { } key && !response.Integration.IsUnknown && !view.IsOnProxy(response)
            && view.IntegrationResponses.Before(response).Any(r => !r.MayExcludeEachOther(response) && r.Integration == response.Integration && r.Key.Is(key)))
            yield return $"Key {key} appears more than once.";
    }
}
