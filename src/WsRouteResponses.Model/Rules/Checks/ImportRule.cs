namespace WsRouteResponses.Model.Checks;

/// <summary>
/// The definition of <see cref="Rules.Import"/>, a rule about how the constructs adopt existing resources, with
/// no check over the model: Terraform JSON holds the import blocks the constructs wrote, not how their ids came
/// to be. The constructs check it where they write an import id (<c>WebSocketRoute</c>, <c>WebSocketStage</c>,
/// <c>IntegrationResponseSet</c>); <c>check</c> never reports it.
/// </summary>
internal static class ImportRule
{
    /// <summary>Adopting existing resources with import blocks needs their ids, known before apply.</summary>
    internal static readonly Rule Definition = new("WSR601", RuleSeverity.Error,
        "attach to the existing API with WebSocketApi.FromApiId(\"<api id>\"), and give the existing integration's id (RouteImport.IntegrationId or ExistingIntegration.FromId) so that import ids are literal.",
        "Terraform import blocks; provider import id formats");
}
