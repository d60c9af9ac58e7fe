using WsRouteResponses.Local;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// Half a two-way route (rule WSR108), served: AWS's sources disagree on whether a route with a route
/// response but no <c>route_response_selection_expression</c> answers; the runtime follows the route-response
/// guide ("If a route has a route response, it is configured for two-way communication") and says so in its
/// trace. A route with the expression but no route response defines no answer and sends none.
/// </summary>
public sealed class HalfTwoWayRouteTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    // ping: a route response without the selection expression; quiet: the expression without a route response.
    private static WebSocketConfiguration Routes() => new ApiJson()
        .Mock("ping").Response("ping", "$default", """{"action": "pong"}""")
        .Mock("quiet").Response("quiet", "$default", """{"action": "quiet"}""")
        .Route("ping", "ping", "ping").RouteResponse("ping")
        .Route("quiet", "quiet", "quiet", new() { ["route_response_selection_expression"] = "$default" })
        .Configuration();

    [Fact]
    public async Task A_route_response_alone_answers_with_a_trace_that_says_it_is_unconfirmed_and_a_selection_expression_alone_sends_nothing()
    {
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(Routes(), new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");

        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
        Assert.Contains(
            "route ping -> MOCK mock 200; two-way by its route response, without route_response_selection_expression (unconfirmed on AWS, WSR108); integration response $default, template $default",
            trace.ToString());

        await client.SendAsync("""{"action": "quiet"}""");
        var polls = 0;
        while (!trace.ToString().Contains("route quiet", StringComparison.Ordinal) && polls++ < 100) await Task.Delay(50);
        Assert.Contains("route quiet -> MOCK mock 200; one-way: nothing sent", trace.ToString());
        // Decided and traced: no frame follows.
        Assert.Null(await client.ReceiveAsync(TimeSpan.FromMilliseconds(300)));
    }
}
