namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.DefaultResponse"/>.</summary>
public sealed class DefaultResponseRule : ElementRule<IntegrationResponseDefinition>
{
    /// <summary>A non-proxy integration should have the <c>$default</c> catch-all response.</summary>
    internal static readonly Rule Definition = new("WSR303", RuleSeverity.Warning,
        "add a response with IntegrationResponseKey.Default so that answers matching no other key are still sent back.",
        "API Gateway developer guide: selection expressions",
        TerraformFix: "add an integration response with integration_response_key = \"$default\" so that answers matching no other key are still sent back.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (view.IsOnProxy(response)) yield break;
        var siblings = view.IntegrationResponses.Where(r => r.Integration == response.Integration).ToList();
        if (ReferenceEquals(siblings[0], response) && !response.Integration.IsUnknown && siblings.All(r => r.Key.IsKnown && !r.Key.Is(ResponseKeySyntax.Default)))
            yield return "No response has the $default key; an answer that matches no key gets no response.";
    }
}
