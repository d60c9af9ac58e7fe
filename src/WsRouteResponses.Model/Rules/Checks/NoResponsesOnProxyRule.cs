namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.NoResponsesOnProxy"/>.</summary>
public sealed class NoResponsesOnProxyRule : ElementRule<IntegrationResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.NoResponsesOnProxy;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (view.IntegrationOf(response.Integration) is { IsProxy: true } integration)
            yield return $"The integration is {integration.Type.Value}, which has no integration responses.";
    }
}
