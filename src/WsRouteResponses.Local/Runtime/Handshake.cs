namespace WsRouteResponses.Local;

/// <summary>What the client sent with the upgrade request, which a <c>$connect</c> Lambda proxy event carries.</summary>
/// <param name="Headers">Request headers.</param>
/// <param name="Query">Query string parameters.</param>
internal sealed record Handshake(IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, string> Query);
