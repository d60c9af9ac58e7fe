namespace WsRouteResponses.Model;

/// <summary>A stack or module read from Terraform JSON, and the WebSocket configuration it describes.</summary>
/// <param name="Name">The cdktf stack name, or the path read.</param>
/// <param name="File">The file read (for a folder of <c>*.tf.json</c> files, the folder).</param>
/// <param name="Configuration">What it describes.</param>
public sealed record ReadStack(string Name, string File, WebSocketConfiguration Configuration);
