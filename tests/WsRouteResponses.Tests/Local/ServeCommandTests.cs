using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using WsRouteResponses.Check;
using WsRouteResponses.Local;

namespace WsRouteResponses.Tests.Local;

/// <summary><c>wsrr serve</c> on the synthesized example: prints each stage's URL and routes, serves it, stops when told.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_the_url_answers_a_real_client_and_stops()
    {
        var outdir = Testing.FullSynth(new ChatApi.ChatStack(Testing.App(), "chat-api"));
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = ServeCommand.RunAsync(outdir, "127.0.0.1", 0, [], TextWriter.Synchronized(output), TextWriter.Null, stop.Token);
        try
        {
            Match url;
            var waited = 0;
            while (!(url = Regex.Match(output.ToString(), @"ws://127\.0\.0\.1:\d+/prod")).Success && waited++ < 200) await Task.Delay(50);
            Assert.Contains("routes: $connect, $default, $disconnect, ping, sendmessage, typing", output.ToString());

            using var client = new ClientWebSocket();
            await client.ConnectAsync(new Uri(url.Value), CancellationToken.None);
            await client.SendAsync(Encoding.UTF8.GetBytes("""{"action": "ping"}"""), WebSocketMessageType.Text, true, CancellationToken.None);
            var buffer = new byte[1024];
            var received = await client.ReceiveAsync(buffer, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            Assert.Equal("""{"action": "pong"}""", Encoding.UTF8.GetString(buffer, 0, received.Count));
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        finally
        {
            stop.Cancel();
            Assert.Equal(0, await serving);
            Directory.Delete(outdir, recursive: true);
        }
        Assert.EndsWith("Stopped.\n", output.ToString().ReplaceLineEndings("\n"));
        Assert.Contains("route ping -> MOCK mock 200", output.ToString());
    }

    [Fact]
    public async Task Serving_a_broken_stack_refuses_with_its_errors()
    {
        var error = new StringWriter();
        var code = await ServeCommand.RunAsync(Path.Combine(AppContext.BaseDirectory, "Check", "Fixtures", "WSR302-two-way-mock-without-responses.tf.json"), "127.0.0.1", 0, [], TextWriter.Null, error, CancellationToken.None);
        Assert.Equal(2, code);
        Assert.Contains("error WSR302 aws_apigatewayv2_route.ping: The route's integration is MOCK (non-proxy) and has no integration responses.", error.ToString());
    }

    [Fact]
    public async Task A_malformed_lambda_option_is_refused_with_an_example()
    {
        var error = new StringWriter();
        var code = await ServeCommand.RunAsync("cdktf.out", "127.0.0.1", 0, [], TextWriter.Null, error, CancellationToken.None, ["Handler"]);
        Assert.Equal(2, code);
        Assert.Equal("wsrr: --lambda Handler: expected <function>=<url>, e.g. Handler=http://127.0.0.1:9001/2015-03-31/functions/function/invocations\n", error.ToString().ReplaceLineEndings("\n"));
    }

    // API Gateway closes a connection idle for 10 minutes and one open for 2 hours ("Amazon API Gateway
    // quotas for configuring and running a WebSocket API", https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html:
    // "Idle Connection Timeout 10 minutes", "Connection duration for WebSocket API 2 hours"). The command
    // line shortens both, so the two closes (1001, going away) are seen through the real entry point.
    [Fact]
    public async Task Serve_closes_idle_and_old_connections_after_the_given_limits()
    {
        var folder = Directory.CreateTempSubdirectory("wsrr-serve-limits-").FullName;
        var file = Path.Combine(folder, "main.tf.json");
        File.WriteAllText(file, new ApiJson().Mock("ping").Response("ping", "$default", "pong").TwoWayRoute("ping", "$default", "ping").ToJson());
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = WsrrCommand.RunAsync(["serve", file, "--port", "0", "--idle-timeout", "2s", "--max-connection-age", "6s"], TextWriter.Synchronized(output), TextWriter.Null, stop.Token);
        try
        {
            Match url;
            var waited = 0;
            while (!(url = Regex.Match(output.ToString(), @"ws://127\.0\.0\.1:\d+/dev")).Success && waited++ < 200) await Task.Delay(50);

            // One client says nothing; the other talks every 200 ms, never idle, until the server closes it. (The
            // idle limit is ten times the busy client's pace: on a loaded machine a 1 s limit closed it as idle.)
            var idle = new ClientWebSocket();
            await idle.ConnectAsync(new Uri(url.Value), CancellationToken.None);
            var busy = new ClientWebSocket();
            await busy.ConnectAsync(new Uri(url.Value), CancellationToken.None);
            await using var idleClient = new LocalClient(idle);
            await using var busyClient = new LocalClient(busy);
            var talking = Task.Run(async () =>
            {
                for (var i = 0; i < 200 && busy.State == WebSocketState.Open; i++)
                {
                    await busyClient.SendAsync("ping");
                    if (await busyClient.ReceiveAsync(TimeSpan.FromSeconds(10)) is null) break;
                    await Task.Delay(200);
                }
            });
            Assert.Null(await idleClient.ReceiveAsync(TimeSpan.FromSeconds(20)));
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, idleClient.CloseStatus);
            await talking;
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, busyClient.CloseStatus);
        }
        finally
        {
            stop.Cancel();
            Assert.Equal(0, await serving);
            Directory.Delete(folder, recursive: true);
        }
        Assert.Matches(@"\[dev\] \S+ idle for 00:00:02: closed with 1001", output.ToString());
        Assert.Matches(@"\[dev\] \S+ open for 00:00:06: closed with 1001", output.ToString());
        Assert.Equal(2, Regex.Count(output.ToString(), "closed with 1001"));
    }

    [Theory]
    [InlineData("--idle-timeout", "soon")]
    [InlineData("--max-connection-age", "0s")]
    [InlineData("--lambda-idle-timeout", "5 minutes")]
    [InlineData("--idle-timeout", "1200h")] // past .NET's timers (about 49.7 days); refused rather than failing every connection
    public async Task A_duration_that_is_not_a_number_and_unit_is_refused(string option, string value)
    {
        var error = new StringWriter();
        Assert.Equal(2, await WsrrCommand.RunAsync(["serve", "cdktf.out", option, value], TextWriter.Null, error));
        Assert.StartsWith($"wsrr: {option} {value}: expected a whole number and ms, s, m or h, e.g. 90s, 10m, 2h, at most 24 days (576h).\n", error.ToString().ReplaceLineEndings("\n"));
    }
}
