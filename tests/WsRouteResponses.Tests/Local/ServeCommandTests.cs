using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using WsRouteResponses.Check;

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
}
