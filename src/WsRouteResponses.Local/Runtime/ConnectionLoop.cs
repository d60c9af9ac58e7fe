using System.Net.WebSockets;
using System.Text;

namespace WsRouteResponses.Local;

/// <summary>One WebSocket connection's messages, from the client's frames to the answers API Gateway sends.</summary>
internal static class ConnectionLoop
{
    private const int MaxMessageBytes = 128 * 1024;

    /// <summary>
    /// Receives the connection's messages until it closes: limits first (idle time, duration, frame and
    /// message size, binary frames), then each message is answered on its own (<see cref="AnswerAsync"/>).
    /// </summary>
    /// <param name="session">The connection.</param>
    /// <param name="frames">Its client's frames as they went by (null: not watched).</param>
    /// <param name="runtime">Its stage's API.</param>
    /// <param name="options">Limits and the trace.</param>
    /// <param name="cancellation">The connection's lifetime (the client gone).</param>
    /// <param name="stopping">The server's lifetime: when it stops, the connection is closed with 1001 (going away) and answers still under way are dropped.</param>
    public static async Task RunAsync(Session session, FrameWatchStream? frames, ApiRuntime runtime, LocalOptions options, CancellationToken cancellation, CancellationToken stopping)
    {
        var (socket, connection) = (session.Socket, session.Info);
        var stage = connection.Stage;
        var buffer = new byte[MaxMessageBytes + 1];
        var message = -1L; // the index of the data message being handled, as FrameWatchStream counts them
        while (socket.State == WebSocketState.Open)
        {
            var receive = ReceiveAsync(socket, buffer, cancellation);
            // One timer per wait, cancelled as soon as the message comes (no timer outlives its message).
            // The server stopping ends the wait too: the client gets 1001 at once, and Kestrel need not wait out its shutdown timeout.
            using (var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellation, stopping))
            {
                var left = options.MaxConnectionDuration - TimeSpan.FromMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - connection.ConnectedAt);
                var wait = left < options.IdleTimeout ? left : options.IdleTimeout;
                var timer = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, idle.Token);
                if (await Task.WhenAny(receive, timer) != receive)
                {
                    _ = receive.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                    if (cancellation.IsCancellationRequested) break;
                    options.Trace?.WriteLine(stopping.IsCancellationRequested ? $"[{stage}] {connection.Id} the server is stopping: closed with 1001"
                        : wait == options.IdleTimeout
                        ? $"[{stage}] {connection.Id} idle for {options.IdleTimeout}: closed with 1001"
                        : $"[{stage}] {connection.Id} open for {options.MaxConnectionDuration}: closed with 1001");
                    await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "Going away", CancellationToken.None);
                    break;
                }
                idle.Cancel();
            }
            var (length, type) = await receive;
            session.LastActiveAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

            if (type == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                break;
            }
            message++;
            if (length > MaxMessageBytes || frames?.OversizedMessage == message)
            {
                options.Trace?.WriteLine($"[{stage}] {connection.Id} " + (length > MaxMessageBytes
                    ? $"a message over {MaxMessageBytes / 1024} KB: closed with 1009"
                    : $"a frame of {frames!.OversizedFrame} bytes, over {FrameWatch.MaxFrameBytes / 1024} KB (send larger messages in several frames): closed with 1009"));
                await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big", CancellationToken.None);
                break;
            }
            // The watch hands text frames on as binary ones (see FrameWatchStream) and tells which they were.
            var isText = frames?.TakeIsText() ?? type == WebSocketMessageType.Text;
            if (!isText)
            {
                // API Gateway refuses binary frames; base64 text with CONVERT_TO_BINARY is its workaround.
                options.Trace?.WriteLine($"[{stage}] {connection.Id} a binary frame (not supported; send base64 text and set content_handling_strategy CONVERT_TO_BINARY): closed with 1003");
                await socket.CloseAsync(WebSocketCloseStatus.InvalidMessageType, "Binary frames are not supported", CancellationToken.None);
                break;
            }
            if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, length)))
            {
                // RFC 6455 section 8.1: text that is not UTF-8 fails the connection, with 1007 (section 7.4.1).
                options.Trace?.WriteLine($"[{stage}] {connection.Id} a text frame that is not UTF-8: closed with 1007");
                await socket.CloseAsync(WebSocketCloseStatus.InvalidPayloadData, "Invalid UTF-8 in a text frame", CancellationToken.None);
                break;
            }
            // Each message is answered on its own, as API Gateway does: a slow integration does not hold up
            // the next message's answer, and a call under way completes even if the client leaves.
            _ = AnswerAsync(session, runtime, Encoding.UTF8.GetString(buffer, 0, length), options, stopping);
        }
    }

    private static async Task AnswerAsync(Session session, ApiRuntime runtime, string message, LocalOptions options, CancellationToken stopping)
    {
        var connection = session.Info;
        Answer answer;
        try
        {
            answer = await runtime.HandleAsync(connection, message, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return; // the server is stopping
        }
        catch (Exception e)
        {
            // Whatever went wrong, the client gets what API Gateway sends for a failing integration; the server goes on.
            answer = new Answer(ApiRuntime.ErrorFrame("Internal server error", connection.Id, Ids.New()), $"failed: {e.GetType().Name}: {e.Message}");
        }
        options.Trace?.WriteLine($"[{connection.Stage}] {connection.Id} {answer.Trace}");
        if (answer.Frame is null) return;
        try
        {
            await session.SendAsync(answer.Frame, stopping);
        }
        catch (Exception e) when (e is WebSocketException or InvalidOperationException or ObjectDisposedException or OperationCanceledException)
        {
            options.Trace?.WriteLine($"[{connection.Stage}] {connection.Id} the connection closed before that answer: nothing sent");
        }
    }

    // One whole message; its length is past the limit when it is too big (the rest is not read).
    private static async Task<(int Length, WebSocketMessageType Type)> ReceiveAsync(WebSocket socket, byte[] buffer, CancellationToken cancellation)
    {
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), cancellation);
            length += result.Count;
            if (result.MessageType == WebSocketMessageType.Close || result.EndOfMessage || length >= buffer.Length) return (length, result.MessageType);
        }
    }
}
