using System.Text.Json.Nodes;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>A route's request models, chosen by its model selection expression, hold each message before the integration is called.</summary>
public sealed class RequestValidationTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    // "Request validation for WebSocket APIs in API Gateway"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-request-validation.html):
    // validation happens when the route has a model selection expression; its value picks a key of
    // request_models, $default is the fallback, and with neither the validation fails; a model is a JSON
    // Schema draft 4; on failure API Gateway "fails the request without calling your backend" and sends the
    // "Bad request body" gateway response. That response's WebSocket frame is not documented: its message
    // is REST's documented one, "Invalid request body" ("Test basic request validation in API Gateway",
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-validation-test.html),
    // in the frame API Gateway sends for its other errors. Unconfirmed.
    [Fact]
    public async Task An_invalid_message_gets_the_bad_request_body_frame_and_never_reaches_the_backend()
    {
        await using var backend = await TestBackend.StartAsync();
        backend.Answer = (_, body) => (200, "got " + body, TimeSpan.Zero);
        var trace = new StringWriter();
        // $default validates with Message, or Ping when kind is "ping"; strict has no $default model; free has models and no expression.
        var api = new ApiJson()
            .Model("message", "Message", """{"$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "required": ["text"], "properties": {"text": {"type": "string", "maxLength": 5}, "n": {"type": "integer", "minimum": 1, "exclusiveMinimum": true}}}""")
            .Model("ping", "Ping", """{"$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "properties": {"kind": {"enum": ["ping"]}, "action": {"type": "string"}}, "additionalProperties": false, "required": ["kind"]}""")
            .Integration("h", new() { ["integration_type"] = "HTTP_PROXY", ["integration_method"] = "POST", ["integration_uri"] = backend.Url + "/send" })
            .TwoWayRoute("d", "$default", "h", new()
            {
                ["model_selection_expression"] = "$request.body.kind",
                ["request_models"] = new JsonObject { ["$default"] = "${aws_apigatewayv2_model.message.name}", ["ping"] = "Ping" },
            })
            .TwoWayRoute("strict", "strict", "h", new() { ["model_selection_expression"] = "$request.body.kind", ["request_models"] = new JsonObject { ["ping"] = "Ping" } })
            .TwoWayRoute("free", "free", "h", new() { ["request_models"] = new JsonObject { ["$default"] = "Ping" } });
        await using var local = await LocalWebSocketApi.StartAsync(api.Configuration(), new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");

        string[] invalid =
        [
            """{"text": "too long"}""",             // $default model: maxLength
            """{"n": 2}""",                         // $default model: text required
            """{"text": "ok", "n": 1}""",           // draft 4's boolean exclusiveMinimum
            """{"kind": "ping", "extra": true}""",  // the Ping model, chosen by the expression
            "not json",
            """{"action": "strict", "kind": "other"}""", // no model for "other" and no $default
        ];
        foreach (var message in invalid)
        {
            await client.SendAsync(message);
            Assert.Matches("""^\{"message": "Invalid request body", "connectionId":"[A-Za-z0-9_=-]+", "requestId":"[A-Za-z0-9_=-]+"\}$""", await client.ReceiveAsync(s_wait));
        }
        Assert.Empty(backend.Received);
        Assert.Contains("route $default: the body does not match model Message (StringTooLong at #/text): Invalid request body (the integration is not called)", trace.ToString());
        Assert.Contains("route $default: the body does not match model Message (PropertyRequired at #/text): Invalid request body", trace.ToString());
        Assert.Contains("route $default: the body is not JSON (model Message): Invalid request body", trace.ToString());
        Assert.Contains("route strict: no request model for \"other\" and no $default one: Invalid request body", trace.ToString());

        // Valid messages, and a route with models but no selection expression (not validated), reach the backend.
        foreach (var message in new[] { """{"text": "hi", "n": 2}""", """{"kind": "ping"}""", """{"action": "strict", "kind": "ping"}""", """{"action": "free", "anything": 1}""" })
        {
            await client.SendAsync(message);
            Assert.Equal("got " + message, await client.ReceiveAsync(s_wait));
        }
        Assert.Equal(4, backend.Received.Count);
    }
}
