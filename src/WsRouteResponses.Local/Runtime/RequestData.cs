namespace WsRouteResponses.Local;

/// <summary>
/// What one request of a connection brings to its integration: the message, <c>$context</c>, the stage's
/// variables (<c>$stageVariables</c>, <c>stageVariables.x</c>, <c>${stageVariables.x}</c>) and, on
/// <c>$connect</c>, the upgrade request's headers and query string.
/// </summary>
/// <param name="Body">The message (empty on <c>$connect</c> and <c>$disconnect</c>).</param>
/// <param name="Context">The request's <c>$context</c>.</param>
/// <param name="StageVariables">The stage's <c>stage_variables</c> whose values are known.</param>
/// <param name="Handshake">The upgrade request, on <c>$connect</c> only; else null.</param>
internal sealed record RequestData(string Body, IReadOnlyDictionary<string, object?> Context, IReadOnlyDictionary<string, string> StageVariables, Handshake? Handshake = null);
