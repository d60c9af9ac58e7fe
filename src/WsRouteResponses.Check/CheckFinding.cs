using WsRouteResponses.Model;

namespace WsRouteResponses.Check;

/// <summary>A finding of <c>check</c>, with the stack and file it was read from.</summary>
/// <param name="Stack">The stack (cdktf) or path read.</param>
/// <param name="File">The Terraform JSON file, or folder, the element is in.</param>
/// <param name="Finding">The broken rule.</param>
public sealed record CheckFinding(string Stack, string File, Finding Finding);
