namespace WsRouteResponses;

/// <summary>
/// One API Gateway WebSocket rule: its id, severity, fix and source. The catalogue is <see cref="Rules"/>
/// (the README's rule table lists the same ids); the code that checks it is a <see cref="Model.WebSocketRule"/>.
/// </summary>
/// <param name="Id">Stable id such as <c>WSR101</c>, printed in every message.</param>
/// <param name="Severity">Whether breaking the rule stops synthesis.</param>
/// <param name="Fix">How to fix it, appended to every message.</param>
/// <param name="Source">Where the rule comes from (AWS guide, provider source, quota page).</param>
/// <param name="TerraformFix">The fix in Terraform's terms, for <c>check</c> and the local runtime, which read
/// Terraform JSON; null (the default) when <paramref name="Fix"/> already speaks in them.</param>
public sealed record Rule(string Id, RuleSeverity Severity, string Fix, string Source, string? TerraformFix = null)
{
    /// <summary>How to fix it in the Terraform configuration itself: <see cref="TerraformFix"/>, else <see cref="Fix"/>.</summary>
    public string FixInTerraform => TerraformFix ?? Fix;

    /// <summary>Formats the message: <c>ID: problem Fix: fix</c>.</summary>
    /// <param name="problem">What is wrong, with the offending value.</param>
    public string Message(string problem) => $"{Id}: {problem} Fix: {Fix}";
}
