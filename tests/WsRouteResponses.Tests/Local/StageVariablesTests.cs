using System.Text.Json.Nodes;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>A stage's <c>stage_variables</c> in the integration URI, request parameters and mapping templates, each stage with its own.</summary>
public sealed class StageVariablesTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    // "Create stages for WebSocket APIs in API Gateway", stage variables
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-stages.html): an HTTP
    // integration's endpoint http://${stageVariables.url}. "Set up data mapping for WebSocket APIs"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-mapping.html): the
    // request parameter source stageVariables.VARIABLE_NAME. The WebSocket mapping template reference
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html):
    // $stageVariables.<name>. An undefined one is an undefined reference ($! prints nothing).
    [Fact]
    public async Task Each_stage_s_variables_reach_the_uri_the_request_parameters_and_the_templates()
    {
        await using var backend = await TestBackend.StartAsync();
        backend.HeadersToRecord = ["X-Greeting"];
        backend.Answer = (path, _) => (200, $$"""{"ok": "{{path}}"}""", TimeSpan.Zero);
        var host = new Uri(backend.Url).Authority;
        var configuration = new ApiJson()
            .Integration("h", new()
            {
                ["integration_type"] = "HTTP", ["integration_method"] = "POST",
                ["integration_uri"] = "http://$${stageVariables.host}/$${stageVariables.path}",
                ["request_parameters"] = new JsonObject { ["integration.request.header.X-Greeting"] = "stageVariables.greeting" },
                ["template_selection_expression"] = "\\$default",
                ["request_templates"] = new JsonObject { ["$default"] = """{"greeting": "$stageVariables.greeting", "missing": "$!stageVariables.nope"}""" },
            })
            .Response("h", "$default", "$stageVariables.greeting: $input.path('$.ok')")
            .TwoWayRoute("d", "$default", "h")
            .Stage("dev", new() { ["host"] = host, ["path"] = "to-dev", ["greeting"] = "hello dev" })
            .Stage("prod", new() { ["host"] = host, ["path"] = "to-prod", ["greeting"] = "hello prod" })
            .Configuration();
        await using var local = await LocalWebSocketApi.StartAsync(configuration);
        foreach (var stage in new[] { "dev", "prod" })
        {
            await using var client = await local.ConnectAsync(stage);
            await client.SendAsync("hi");
            Assert.Equal($"hello {stage}: /to-{stage}", await client.ReceiveAsync(s_wait));
            var request = backend.Received.Single(r => r.Path == $"/to-{stage}");
            Assert.Equal($$"""{"greeting": "hello {{stage}}", "missing": ""}""", request.Body);
            Assert.Equal($"hello {stage}", request.Headers["X-Greeting"]);
        }
    }
}
