using HashiCorp.Cdktf;
using WsRouteResponses;
using WsRouteResponses.Local;
using Xunit;

namespace WsrrApp.Tests;

public sealed class ChatStackTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    // The stack's Terraform against ChatStackTests.The_stack_matches_its_snapshot.verified.json: a first run
    // writes it (review and commit it), except where CI=true; a change to the stack then shows as a diff.
    [Fact]
    public void The_stack_matches_its_snapshot() =>
        WebSocketTesting.MatchSnapshot(new ChatStack(Testing.App(), "wsrrapp"));

    [Fact]
    public async Task Ping_is_answered_pong()
    {
        await using var served = await Served.StartAsync();
        await using var client = await served.Api.ConnectAsync("prod");

        await client.SendAsync("""{"action": "ping"}""");

        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task Any_other_message_is_answered_by_the_handler()
    {
        await using var served = await Served.StartAsync();
        await using var client = await served.Api.ConnectAsync("prod");

        await client.SendAsync("hello");

        Assert.Equal("""{"echo":"hello"}""", await client.ReceiveAsync(s_wait));
    }

    // The stack synthesized with its Lambda code into a folder of its own, served on a free port of 127.0.0.1.
    private sealed class Served(string folder, LocalWebSocketApi api) : IAsyncDisposable
    {
        public LocalWebSocketApi Api => api;

        public static async Task<Served> StartAsync()
        {
            var folder = WebSocketTesting.SynthesizeToFolder(new ChatStack(Testing.App(), "wsrrapp"));
            return new Served(folder, await LocalWebSocketApi.StartAsync(folder));
        }

        public async ValueTask DisposeAsync()
        {
            await api.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
