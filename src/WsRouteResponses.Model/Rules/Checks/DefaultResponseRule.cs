namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.DefaultResponse"/>.</summary>
public sealed class DefaultResponseRule : ElementRule<IntegrationResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.DefaultResponse;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (view.IsOnProxy(response)) yield break;
        var siblings = view.IntegrationResponses.Where(r => r.Integration == response.Integration).ToList();
        if (ReferenceEquals(siblings[0], response) && !response.Integration.IsUnknown && siblings.All(r => r.Key.IsKnown && !r.Key.Is(ResponseKeySyntax.Default)))
            yield return "No response has the $default key; an answer that matches no key gets no response.";
    }
}
