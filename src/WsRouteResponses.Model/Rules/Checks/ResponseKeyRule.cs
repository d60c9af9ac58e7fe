namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ResponseKey"/>.</summary>
public sealed class ResponseKeyRule : ElementRule<IntegrationResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.ResponseKey;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (response.Key.Value is { } key && !view.IsOnProxy(response) && ResponseKeySyntax.Problem(key) is { } problem)
            yield return problem;
    }
}
