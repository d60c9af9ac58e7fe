using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace WsRouteResponses.Local;

/// <summary>
/// The <c>@connections</c> management API on the same port (<c>/&lt;stage&gt;/@connections/&lt;id&gt;</c>):
/// POST sends the body to the connection as one frame, GET describes it, DELETE closes it; a connection
/// that is gone answers 410.
/// </summary>
internal sealed class ManagementApi(ConcurrentDictionary<string, Session> sessions)
{
    public async Task HandleAsync(HttpContext context, string stage, string id)
    {
        if (!sessions.TryGetValue(id, out var session) || session.Info.Stage != stage || session.Socket.State != WebSocketState.Open)
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
            await context.Response.WriteAsync("{\"message\":\"Gone\"}");
            return;
        }
        switch (context.Request.Method)
        {
            case "POST":
                var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
                await session.SendAsync(body, context.RequestAborted);
                context.Response.StatusCode = StatusCodes.Status200OK;
                break;
            case "GET":
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"connectedAt":"{{Iso(session.Info.ConnectedAt)}}","identity":{"sourceIp":"{{session.Info.SourceIp}}","userAgent":null},"lastActiveAt":"{{Iso(session.LastActiveAt)}}"}"""));
                break;
            case "DELETE":
                await session.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closed by @connections", context.RequestAborted);
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                break;
        }
    }

    private static string Iso(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
