namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.NoResponsesOnProxy"/>.</summary>
public sealed class NoResponsesOnProxyRule : ElementRule<IntegrationResponseDefinition>
{
    /// <summary>Proxy integrations (AWS_PROXY, HTTP_PROXY) have no integration responses.</summary>
    internal static readonly Rule Definition = new("WSR301", RuleSeverity.Error,
        "remove the integration responses (a proxy integration returns the backend's response as is), or use a non-proxy integration (LambdaIntegration, HttpIntegration) to transform the response.",
        "API Gateway developer guide: WebSocket integration responses",
        TerraformFix: "remove the integration responses of this integration (a proxy integration returns the backend's response as is), or use a non-proxy integration_type (AWS, HTTP) to transform the response.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationResponseDefinition response, IConfigurationView view)
    {
        if (view.IntegrationOf(response.Integration) is { IsProxy: true } integration)
            yield return $"The integration is {integration.Type.Value}, which has no integration responses.";
    }
}
