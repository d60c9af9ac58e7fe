using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace WsRouteResponses.Local;

/// <summary>
/// The <c>@connections</c> management API on the same port (<c>/&lt;stage&gt;/@connections/&lt;id&gt;</c>):
/// POST sends the body to the connection as one frame, GET describes it, DELETE closes it; a connection
/// that is gone answers 410. Each call is a line of the trace.
/// </summary>
internal sealed class ManagementApi(ConcurrentDictionary<string, Session> sessions, TextWriter? trace)
{
    public async Task HandleAsync(HttpContext context, string stage, string id)
    {
        await AnswerAsync(context, stage, id);
        trace?.WriteLine($"[{stage}] {id} @connections {context.Request.Method}: {context.Response.StatusCode}");
    }

    private async Task AnswerAsync(HttpContext context, string stage, string id)
    {
        if (!sessions.TryGetValue(id, out var session) || session.Info.Stage != stage || session.Socket.State != WebSocketState.Open)
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
            // The error type header is what the AWS SDK reads to raise its GoneException.
            context.Response.Headers["x-amzn-ErrorType"] = "GoneException";
            await context.Response.WriteAsync("{\"message\":\"Gone\"}");
            return;
        }
        switch (context.Request.Method)
        {
            case "POST":
                if (await ReadBodyAsync(context) is not { } body)
                {
                    // The service model's PayloadTooLargeException: 413, its type in the header the SDKs read.
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    context.Response.Headers["x-amzn-ErrorType"] = "PayloadTooLargeException";
                    await context.Response.WriteAsync("{\"message\":\"The data has exceeded the maximum size allowed.\"}");
                    return;
                }
                try
                {
                    // Not the caller's token: a caller that gives up must not abort someone else's connection.
                    await session.SendAsync(body, CancellationToken.None);
                    context.Response.StatusCode = StatusCodes.Status200OK;
                }
                catch (Exception e) when (e is WebSocketException or InvalidOperationException or ObjectDisposedException)
                {
                    context.Response.StatusCode = StatusCodes.Status410Gone; // it closed meanwhile
                }
                break;
            case "GET":
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"connectedAt":"{{Iso(session.Info.ConnectedAt)}}","identity":{"sourceIp":"{{session.Info.SourceIp}}","userAgent":{{(session.Info.UserAgent is { } agent ? System.Text.Json.JsonSerializer.Serialize(agent) : "null")}}},"lastActiveAt":"{{Iso(session.LastActiveAt)}}"}"""));
                break;
            case "DELETE":
                try
                {
                    await session.CloseAsync();
                    context.Response.StatusCode = StatusCodes.Status204NoContent;
                }
                catch (Exception e) when (e is WebSocketException or InvalidOperationException or ObjectDisposedException)
                {
                    context.Response.StatusCode = StatusCodes.Status410Gone;
                }
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                break;
        }
    }

    // API Gateway's message quota, 128 KB, holds for what a backend posts too.
    private const int MaxPostBytes = 128 * 1024;

    // The body as text, or null when it is over MaxPostBytes (the rest is not read). The buffer is pooled:
    // one of 128 KB per post would be a large-object allocation on every push.
    private static async Task<string?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxPostBytes) return null;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(MaxPostBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= MaxPostBytes && (read = await context.Request.Body.ReadAsync(buffer.AsMemory(length, MaxPostBytes + 1 - length), context.RequestAborted)) > 0) length += read;
            return length > MaxPostBytes ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Iso(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
