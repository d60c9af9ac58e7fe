namespace WsRouteResponses.Model.Checks;

/// <summary>
/// The definition of <see cref="Rules.ResponsesDefinedOnce"/>, a rule about how the constructs are used, with no
/// check over the model: in Terraform JSON two definitions of an integration's responses are just integration
/// responses (<see cref="Rules.DuplicateResponseKey"/> catches a repeated key). The constructs check it when a
/// second <c>TwoWayRoute</c> or <c>IntegrationResponseSet</c> defines responses for the same integration
/// (<c>WebSocketApi</c>); <c>check</c> never reports it.
/// </summary>
internal static class ResponsesDefinedOnceRule
{
    /// <summary>An integration's responses are defined in one place.</summary>
    internal static readonly Rule Definition = new("WSR308", RuleSeverity.Error,
        "define an integration's responses once (on one TwoWayRoute or one IntegrationResponseSet); other routes sharing the integration use them as they are.",
        "API Gateway CreateIntegrationResponse: ConflictException");
}
