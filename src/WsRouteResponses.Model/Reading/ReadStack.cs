namespace WsRouteResponses.Model;

/// <summary>A stack, module or plan that was read, its resources and the WebSocket configuration they describe.</summary>
/// <param name="Name">The cdktf stack name, or the path read.</param>
/// <param name="File">The file read (for a folder, the folder).</param>
/// <param name="Document">Its resources.</param>
public sealed record ReadStack(string Name, string File, TerraformDocument Document)
{
    /// <summary>The WebSocket configuration its resources describe.</summary>
    public WebSocketConfiguration Configuration { get; } = ConfigurationBuilder.Build(Document);
}
