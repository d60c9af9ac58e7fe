namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.IntegrationQuota"/>.</summary>
public sealed class IntegrationQuotaRule : ElementRule<IntegrationDefinition>
{
    /// <summary>At most 300 integrations per API, unless the account's quota was raised.</summary>
    internal static readonly Rule Definition = new("WSR202", RuleSeverity.Warning,
        "share integrations between routes (pass the same integration object) or split the API; if your account's quota was raised (AWS Support, adjustable), declare it: Quotas = new WebSocketQuotas { Integrations = n } on the API.",
        "API Gateway quotas: integrations per WebSocket API (300, adjustable)",
        TerraformFix: "let routes share integrations (several routes may target one) or split the API; if your account's quota was raised (AWS Support, adjustable), this warning does not apply.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view) =>
        WebSocketQuotas.Exceeded(view.Integrations, integration, view.ApiOf(integration)?.Quotas.Integrations ?? WebSocketQuotas.DefaultIntegrations, WebSocketQuotas.DefaultIntegrations, "integration");
}
