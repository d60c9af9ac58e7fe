using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using WsRouteResponses.Local;

namespace WsRouteResponses.Bench;

/// <summary>
/// The local runtime under load, all on loopback and bounded in time: the example synthesized and served,
/// N clients each sending a message and waiting for its answer in a loop for a few seconds; messages per
/// second and latency percentiles for the MOCK ping route and the Node Lambda proxy $default route, then
/// 1,000 idle connections held and checked.
/// </summary>
internal static class LocalLoad
{
    public static async Task<int> ExecuteAsync(string[] args)
    {
        var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(double.Parse).FirstOrDefault(5);
        var outdir = Testing.FullSynth(new ChatApi.ChatStack(Testing.App(), "chat-api"));
        try
        {
            await using var local = await LocalWebSocketApi.StartAsync(outdir);
            var table = new StringBuilder("| route | connections | messages/s | p50 | p99 | errors |\n|---|---|---|---|---|---|\n");
            // The example's $default handler pushes a notice through the @connections API, then answers: two frames.
            foreach (var (route, message, frames, connections) in new[]
            {
                ("MOCK ping", """{"action": "ping"}""", 1, 1), ("MOCK ping", """{"action": "ping"}""", 1, 10), ("MOCK ping", """{"action": "ping"}""", 1, 100),
                ("Lambda proxy $default (Node; a push through @connections, then the answer)", """{"action": "echo"}""", 2, 10),
            })
            {
                var (count, latencies, errors) = await LoadAsync(local, message, frames, connections, TimeSpan.FromSeconds(seconds));
                latencies.Sort();
                table.Append(CultureInfo.InvariantCulture, $"| {route} | {connections} | {count / seconds:N0} | {Ms(latencies, 0.50)} | {Ms(latencies, 0.99)} | {errors} |\n");
            }
            var (held, failed) = await IdleAsync(local, 1000);
            table.Append(CultureInfo.InvariantCulture, $"\n{held} idle connections held for 5 s, then each answered a ping: {failed} failed.\n");
            Console.WriteLine(table);
            return 0;
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    // Latency: from sending a message to receiving the last of its frames.
    private static async Task<(long Count, List<double> Latencies, int Errors)> LoadAsync(LocalWebSocketApi local, string message, int frames, int connections, TimeSpan duration)
    {
        var latencies = new List<double>[connections];
        var errors = 0;
        var clients = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => local.ConnectAsync("prod")));
        // Warm: one message each at once, so that every execution environment a Lambda needs is started
        // (Lambda runs one invocation per environment) before the measured loop.
        await Task.WhenAll(clients.Select(async client =>
        {
            await client.SendAsync(message);
            for (var received = 0; received < frames && await client.ReceiveAsync(TimeSpan.FromSeconds(10)) is not null; received++) { }
        }));
        var end = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (client, i) =>
        {
            latencies[i] = [];
            while (end.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await client.SendAsync(message);
                var received = 0;
                while (received < frames && await client.ReceiveAsync(TimeSpan.FromSeconds(10)) is not null) received++;
                if (received < frames) Interlocked.Increment(ref errors);
                else latencies[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        foreach (var client in clients) await client.DisposeAsync();
        var all = latencies.SelectMany(l => l).ToList();
        return (all.Count, all, errors);
    }

    private static async Task<(int Held, int Failed)> IdleAsync(LocalWebSocketApi local, int connections)
    {
        var clients = new List<LocalClient>();
        for (var i = 0; i < connections; i++) clients.Add(await local.ConnectAsync("prod"));
        await Task.Delay(TimeSpan.FromSeconds(5));
        var failed = 0;
        foreach (var client in clients)
        {
            await client.SendAsync("""{"action": "ping"}""");
            if (await client.ReceiveAsync(TimeSpan.FromSeconds(10)) != """{"action": "pong"}""") failed++;
        }
        foreach (var client in clients) await client.DisposeAsync();
        return (clients.Count, failed);
    }

    private static string Ms(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{sorted[(int)Math.Min(sorted.Count - 1, sorted.Count * quantile)]:0.00} ms");
}
