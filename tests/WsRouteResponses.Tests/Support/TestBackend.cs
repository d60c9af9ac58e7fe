using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WsRouteResponses.Tests.Support;

/// <summary>A real HTTP server on a free loopback port for HTTP integrations: answers each request with what <see cref="Answer"/> says, and records what it received.</summary>
public sealed class TestBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestBackend(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; }

    /// <summary>Status, body and delay for a request (path, body).</summary>
    public Func<string, string, (int Status, string Body, TimeSpan Delay)> Answer { get; set; } = (_, _) => (200, "{}", TimeSpan.Zero);

    /// <summary>What was received: method, path, body, the headers asked for in <see cref="HeadersToRecord"/>, and the query string (with its <c>?</c>, or empty).</summary>
    public ConcurrentQueue<(string Method, string Path, string Body, Dictionary<string, string> Headers, string Query)> Received { get; } = new();

    public string[] HeadersToRecord { get; set; } = [];

    /// <summary>When set, the body of every answer instead of <see cref="Answer"/>'s (e.g. bytes that are not text).</summary>
    public byte[]? BinaryBody { get; set; }

    /// <summary>Headers sent with every answer.</summary>
    public Dictionary<string, string> ResponseHeaders { get; } = [];

    public static async Task<TestBackend> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        TestBackend? backend = null;
        app.Run(async context =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            backend!.Received.Enqueue((context.Request.Method, context.Request.Path, body,
                backend.HeadersToRecord.Where(h => context.Request.Headers.ContainsKey(h)).ToDictionary(h => h, h => context.Request.Headers[h].ToString()),
                context.Request.QueryString.ToString()));
            var (status, answer, delay) = backend.Answer(context.Request.Path, body);
            if (delay > TimeSpan.Zero) await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { });
            context.Response.StatusCode = status;
            foreach (var (name, value) in backend.ResponseHeaders) context.Response.Headers[name] = value;
            if (backend.BinaryBody is { } bytes) await context.Response.Body.WriteAsync(bytes);
            else await context.Response.WriteAsync(answer);
        });
        await app.StartAsync();
        backend = new TestBackend(app, app.Urls.First());
        return backend;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
