namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.StageQuota"/>.</summary>
public sealed class StageQuotaRule : ElementRule<StageDefinition>
{
    /// <summary>At most 10 stages per API, unless the account's quota was raised.</summary>
    internal static readonly Rule Definition = new("WSR504", RuleSeverity.Warning,
        "split environments over several APIs; if your account's quota was raised (Service Quotas, adjustable), declare it: Quotas = new WebSocketQuotas { Stages = n } on the API.",
        "API Gateway quotas: stages per API (10, adjustable)",
        TerraformFix: "split environments over several APIs; if your account's quota was raised (Service Quotas, adjustable), this warning does not apply.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(StageDefinition stage, IConfigurationView view) =>
        WebSocketQuotas.Exceeded(view.Stages, stage, view.ApiOf(stage)?.Quotas.Stages ?? WebSocketQuotas.DefaultStages, WebSocketQuotas.DefaultStages, "stage");
}
