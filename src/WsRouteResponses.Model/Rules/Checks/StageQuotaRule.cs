namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.StageQuota"/>.</summary>
public sealed class StageQuotaRule : ElementRule<StageDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.StageQuota;

    /// <inheritdoc />
    public override IEnumerable<string> Check(StageDefinition stage, IConfigurationView view) =>
        WebSocketQuotas.Exceeded(view.Stages, stage, view.ApiOf(stage)?.Quotas.Stages ?? WebSocketQuotas.DefaultStages, WebSocketQuotas.DefaultStages, "stage");
}
