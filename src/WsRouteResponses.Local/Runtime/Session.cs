using System.Net.WebSockets;
using System.Text;

namespace WsRouteResponses.Local;

/// <summary>An open connection: its socket (one sender at a time: the message loop and the @connections API share it) and what $context says of it.</summary>
internal sealed class Session(WebSocket socket, ConnectionInfo info)
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public ConnectionInfo Info { get; } = info;

    public WebSocket Socket { get; } = socket;

    /// <summary>When the client last sent a message (Unix milliseconds).</summary>
    public long LastActiveAt { get; set; } = info.ConnectedAt;

    /// <summary>Closes the connection from the server side (the @connections DELETE), in turn with senders.</summary>
    public async Task CloseAsync()
    {
        await _send.WaitAsync();
        try
        {
            await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closed by @connections", CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task SendAsync(string frame, CancellationToken cancellation)
    {
        await _send.WaitAsync(cancellation);
        try
        {
            await Socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, cancellation);
        }
        finally
        {
            _send.Release();
        }
    }
}
