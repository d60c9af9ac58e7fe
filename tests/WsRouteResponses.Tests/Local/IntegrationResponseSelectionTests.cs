using System.Text.Json.Nodes;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// Which integration response answers: a key's regular expression must match the whole status code (or a
/// Lambda function's whole error message), and of several matching keys the first in the stack is used.
/// </summary>
public sealed class IntegrationResponseSelectionTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    // A ping route whose MOCK integration answers `status`, with these integration responses, in this order.
    private static Task<LocalWebSocketApi> ServeAsync(int status, TextWriter trace, params (string Key, string Frame)[] responses)
    {
        var api = new ApiJson().Mock("ping", status).TwoWayRoute("ping", "ping", "ping");
        for (var i = 0; i < responses.Length; i++) api.Response("ping", responses[i].Key, responses[i].Frame, $"r{i}");
        return LocalWebSocketApi.StartAsync(api.Configuration(), new LocalOptions { Trace = TextWriter.Synchronized(trace) });
    }

    // "Set up a WebSocket API integration response in API Gateway"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html):
    // for non-proxy HTTP integrations "API Gateway will attempt to match the HTTP status code of the backend
    // response", the key a regular expression, $default when none matches. Whole-string matching follows
    // REST APIs' selectionPattern, whose patterns AWS writes for whole codes ("x-amazon-apigateway-integration.responses
    // object", https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html:
    // "2\\d{2}" for 2xx); for WebSocket APIs it is unconfirmed.
    [Theory]
    [InlineData(404, "/40/", "default")]   // a prefix of 404
    [InlineData(404, "/04/", "default")]   // a suffix of 404
    [InlineData(404, "/0/", "default")]    // inside 404
    [InlineData(404, "/4\\d\\d/", "matched")]
    [InlineData(404, "/404|500/", "matched")] // the alternation is anchored as a whole
    [InlineData(500, "/404|5/", "default")]
    public async Task A_status_key_must_match_the_whole_status_code(int status, string key, string frame)
    {
        var trace = new StringWriter();
        await using var local = await ServeAsync(status, trace, (key, "matched"), ("$default", "default"));
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal(frame, await client.ReceiveAsync(s_wait));
    }

    // The same page: for Lambda non-proxy integrations the key matches the function's error message
    // ("Handle Lambda errors in API Gateway", https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html:
    // the selection pattern is matched against errorMessage). The function here is reached with --lambda,
    // answering as the Lambda Runtime Interface Emulator does for a function that throws.
    [Theory]
    [InlineData("not found", "not found")]
    [InlineData("resource not found", "other error")]
    [InlineData("not found here", "other error")]
    public async Task A_lambda_error_key_must_match_the_whole_error_message(string errorMessage, string frame)
    {
        await using var backend = await TestBackend.StartAsync();
        backend.Answer = (_, _) => (200, new JsonObject { ["errorType"] = "Error", ["errorMessage"] = errorMessage, ["trace"] = new JsonArray() }.ToJsonString(), TimeSpan.Zero);
        var api = new ApiJson().RemoteFunction("Remote")
            .Integration("f", new() { ["integration_type"] = "AWS", ["integration_method"] = "POST", ["integration_uri"] = "${aws_lambda_function.Remote.invoke_arn}" })
            .Response("f", "/not found/", "not found", "notFound")
            .Response("f", "$default", "other error", "other")
            .TwoWayRoute("d", "$default", "f");
        await using var local = await LocalWebSocketApi.StartAsync(api.Configuration(),
            new LocalOptions { LambdaUrls = new Dictionary<string, string> { ["Remote"] = backend.Url + "/invocations" } });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"any": "thing"}""");
        Assert.Equal(frame, await client.ReceiveAsync(s_wait));
    }

    // Neither the WebSocket integration responses page above nor REST's selectionPattern reference
    // ("IntegrationResponse", https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html)
    // says which of several matching keys API Gateway uses (not the order, nor the most specific), and
    // Terraform creates integration responses in no set order. The runtime uses the first in the stack's
    // JSON and says in the trace that AWS leaves it undocumented; order, not specificity, decides here.
    [Theory]
    [InlineData("/4\\d\\d/", "/40\\d/", "client error")]
    [InlineData("/40\\d/", "/4\\d\\d/", "40x")]
    public async Task Of_several_matching_keys_the_first_in_the_stack_answers_and_the_trace_says_AWS_leaves_it_undocumented(string first, string second, string frame)
    {
        var trace = new StringWriter();
        var frames = new Dictionary<string, string> { ["/4\\d\\d/"] = "client error", ["/40\\d/"] = "40x" };
        await using var local = await ServeAsync(404, trace, (first, frames[first]), (second, frames[second]), ("$default", "default"));
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal(frame, await client.ReceiveAsync(s_wait));
        Assert.Contains($"route ping -> MOCK mock 404; keys {first}, {second} all match 404, the first in the stack is used (which one AWS uses is not documented); integration response {first}, template $default", trace.ToString());
    }
}
