using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>A WebSocket client connected to a <see cref="LocalWebSocketApi"/> stage.</summary>
public sealed class LocalClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly byte[] _buffer = new byte[256 * 1024];
    private Task<string?>? _pending;

    internal LocalClient(ClientWebSocket socket) => _socket = socket;

    /// <summary>The close status the server sent, once it closed the connection.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Sends one text message.</summary>
    public Task SendAsync(string message, CancellationToken cancellation = default) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, cancellation);

    /// <summary>
    /// The next text frame, or null when none comes within <paramref name="timeout"/> or the server closed
    /// the connection. A wait that times out leaves the connection usable: the next call goes on waiting.
    /// </summary>
    public async Task<string?> ReceiveAsync(TimeSpan timeout)
    {
        _pending ??= ReadMessageAsync();
        if (await Task.WhenAny(_pending, Task.Delay(timeout)) != _pending) return null;
        var message = await _pending;
        _pending = null;
        return message;
    }

    // One whole text message, or null on close. (Cancelling a receive would abort the socket.)
    private async Task<string?> ReadMessageAsync()
    {
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length) throw new InvalidOperationException($"A frame of more than {_buffer.Length} bytes arrived; LocalClient reads at most that.");
            var result = await _socket.ReceiveAsync(new ArraySegment<byte>(_buffer, length, _buffer.Length - length), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            length += result.Count;
            if (result.EndOfMessage) return Encoding.UTF8.GetString(_buffer, 0, length);
        }
    }

    /// <summary>Closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The server is gone already: nothing to close.
        }
        _socket.Dispose();
    }
}
