namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.IntegrationQuota"/>.</summary>
public sealed class IntegrationQuotaRule : ElementRule<IntegrationDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.IntegrationQuota;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view) =>
        WebSocketQuotas.Exceeded(view.Integrations, integration, view.ApiOf(integration)?.Quotas.Integrations ?? WebSocketQuotas.DefaultIntegrations, WebSocketQuotas.DefaultIntegrations, "integration");
}
