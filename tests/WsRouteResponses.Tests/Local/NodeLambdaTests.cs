using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>Lambda proxy routes run the stack's real Node.js handler in a warm node process, with the event AWS sends.</summary>
public sealed class NodeLambdaTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);

    // The handler first pushes a notice to its caller through the stage's @connections API: its
    // CALLBACK_URL (WebSocketStage.CallbackUrl, a Terraform expression) points at the local server, and its
    // import of @aws-sdk/client-apigatewaymanagementapi gets the runtime's stand-in; then it answers.
    [Fact]
    public async Task The_example_default_route_runs_its_node_handler_which_pushes_through_the_connections_api()
    {
        var outdir = Testing.FullSynth(new ChatApi.ChatStack(Testing.App(), "chat-api"));
        try
        {
            var trace = new StringWriter();
            await using var local = await LocalWebSocketApi.StartAsync(outdir, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
            await using var client = await local.ConnectAsync("prod");
            await client.SendAsync("""{"action": "nope"}""");
            Assert.Equal("""{"notice":"received"}""", await client.ReceiveAsync(s_wait));
            var first = await client.ReceiveAsync(s_wait);
            Assert.Matches("""^\{"echo":"\{\\"action\\": \\"nope\\"\}","connectionId":"[A-Za-z0-9_=-]+"\}$""", first);
            await client.SendAsync("not json");
            Assert.Equal("""{"notice":"received"}""", await client.ReceiveAsync(s_wait));
            Assert.Matches("""^\{"echo":"not json","connectionId":"[A-Za-z0-9_=-]+"\}$""", await client.ReceiveAsync(s_wait));
            Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(trace.ToString(), @"\[prod\] \S+ @connections POST: 200"));
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    // The stand-in for @aws-sdk/client-apigatewaymanagementapi against the real local @connections API,
    // reached through the stage's callback URL as WebSocketStage.CallbackUrl writes it.
    [Fact]
    public async Task A_handler_gets_posts_to_and_deletes_connections_with_the_management_client()
    {
        using var stack = new LambdaStackFolder("app.mjs", """
            import { ApiGatewayManagementApiClient, GetConnectionCommand, PostToConnectionCommand, DeleteConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
            const client = new ApiGatewayManagementApiClient({ endpoint: process.env.CALLBACK_URL });
            export const main = async event => {
              const ConnectionId = event.requestContext.connectionId;
              if (event.body === "info") {
                const info = await client.send(new GetConnectionCommand({ ConnectionId }));
                return { statusCode: 200, body: `${info.Identity.SourceIp} ${info.ConnectedAt instanceof Date} ${process.env.CALLBACK_URL.replace(/:\d+/, ":port")}` };
              }
              if (event.body === "gone") {
                try { await client.send(new PostToConnectionCommand({ ConnectionId: "nobody", Data: "x" })); }
                catch (error) { return { statusCode: 200, body: `${error.name} ${error.$metadata.httpStatusCode}` }; }
              }
              if (event.body === "push") await client.send(new PostToConnectionCommand({ ConnectionId, Data: new TextEncoder().encode("pushed bytes") }));
              if (event.body === "bye") await client.send(new DeleteConnectionCommand({ ConnectionId }));
              return { statusCode: 200, body: "done " + event.body };
            };
            """, LambdaStackFolder.ProxyDefaultRoute("""
              , "environment": {"variables": {"CALLBACK_URL": "${replace(aws_apigatewayv2_api.a.api_endpoint, \"wss://\", \"https://\")}/dev"}}
              """));
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("info");
        Assert.Equal("127.0.0.1 true http://127.0.0.1:port/dev", await client.ReceiveAsync(s_wait));
        await client.SendAsync("gone");
        Assert.Equal("GoneException 410", await client.ReceiveAsync(s_wait));
        await client.SendAsync("push");
        Assert.Equal("pushed bytes", await client.ReceiveAsync(s_wait));
        Assert.Equal("done push", await client.ReceiveAsync(s_wait));
        await client.SendAsync("bye");
        Assert.Null(await client.ReceiveAsync(s_wait)); // closed by the DELETE before the answer could go
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }

    // Endpoints as real handlers build them: from the event (AWS samples, CommonJS), from a variable holding
    // the API's wss:// endpoint, and a client built at load time from a variable that cannot be resolved
    // locally (it fails only when used, as the real SDK does).
    [Theory]
    [InlineData("app.js", """
        const { ApiGatewayManagementApiClient, PostToConnectionCommand } = require("@aws-sdk/client-apigatewaymanagementapi");
        exports.main = async event => {
          const { domainName, stage, connectionId } = event.requestContext;
          const client = new ApiGatewayManagementApiClient({ endpoint: `https://${domainName}/${stage}` });
          await client.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: "pushed" }));
          return { statusCode: 200, body: "answered" };
        };
        """, "", "pushed")]
    [InlineData("app.mjs", """
        import { ApiGatewayManagementApiClient, PostToConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
        export const main = async event => {
          const client = new ApiGatewayManagementApiClient({ endpoint: process.env.WS.replace("wss://", "https://") + "/dev" });
          await client.send(new PostToConnectionCommand({ ConnectionId: event.requestContext.connectionId, Data: "pushed" }));
          return { statusCode: 200, body: "answered" };
        };
        """, """, "environment": {"variables": {"WS": "${aws_apigatewayv2_api.a.api_endpoint}"}}""", "pushed")]
    [InlineData("app.mjs", """
        import { ApiGatewayManagementApiClient } from "@aws-sdk/client-apigatewaymanagementapi";
        const client = new ApiGatewayManagementApiClient({ endpoint: process.env.CB });
        export const main = async () => ({ statusCode: 200, body: "answered" });
        """, """, "environment": {"variables": {"CB": "https://${aws_apigatewayv2_api.a.id}.execute-api.us-east-1.amazonaws.com/dev"}}""", null)]
    public async Task Management_clients_built_the_usual_ways_reach_the_local_server(string file, string code, string functionAttributes, string? pushed)
    {
        using var stack = new LambdaStackFolder(file, code, LambdaStackFolder.ProxyDefaultRoute(functionAttributes));
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("x");
        if (pushed is not null) Assert.Equal(pushed, await client.ReceiveAsync(s_wait));
        Assert.Equal("answered", await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task A_handler_that_throws_is_the_internal_server_error_frame_and_the_server_goes_on()
    {
        using var stack = new LambdaStackFolder("app.js", """
            exports.main = async (event) => {
              console.log(1); console.log({ logged: true });
              if (event.body === "exit") process.exit(3);
              if (event.body === "boom") throw new Error("boom");
              if (event.body === "fail") return { statusCode: 500, body: "failed, but said so" };
              return { statusCode: 200, body: "got " + event.body + " on " + event.requestContext.routeKey + " " + event.requestContext.eventType };
            };
            """, LambdaStackFolder.ProxyDefaultRoute());
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("boom");
        Assert.Matches("""^\{"message": "Internal server error", "connectionId":"[A-Za-z0-9_=-]+", "requestId":"[A-Za-z0-9_=-]+"\}$""", await client.ReceiveAsync(s_wait));
        await client.SendAsync("hello");
        Assert.Equal("got hello on $default MESSAGE", await client.ReceiveAsync(s_wait));
        // A proxy answer goes back as is, whatever its status code.
        await client.SendAsync("fail");
        Assert.Equal("failed, but said so", await client.ReceiveAsync(s_wait));
        // A handler that ends its process fails that message; the next one gets a new process.
        await client.SendAsync("exit");
        Assert.Matches("""^\{"message": "Internal server error", """, await client.ReceiveAsync(s_wait));
        await client.SendAsync("again");
        Assert.Equal("got again on $default MESSAGE", await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task A_lambda_non_proxy_route_maps_the_request_and_selects_responses_by_error_message()
    {
        using var stack = new LambdaStackFolder("app.mjs", """
            export const main = async (event) => {
              if (event.text === "x") throw new Error("item not found");
              if (event.text === "garbage") return "just a string";
              return { reply: event.text.toUpperCase() };
            };
            """, LambdaStackFolder.NonProxyRoute("say", """{"text": $input.json('$.text')}""",
            [("missing", "/.*not found.*/", """{"error": "missing"}"""), ("ok", "$default", """{"reply": $input.json('$.reply')}""")]));
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"action": "say", "text": "hi"}""");
        Assert.Equal("""{"reply": "HI"}""", await client.ReceiveAsync(s_wait));
        await client.SendAsync("""{"action": "say", "text": "x"}""");
        Assert.Equal("""{"error": "missing"}""", await client.ReceiveAsync(s_wait));
        await client.SendAsync("""{"action": "say", "text": "garbage"}""");
        Assert.Equal("""{"reply": }""", await client.ReceiveAsync(s_wait));
    }

    [Fact]
    public async Task A_request_authorizer_on_connect_allows_denies_and_rejects_missing_identity()
    {
        using var stack = new LambdaStackFolder("auth.js", """
            exports.check = async (event) => {
              const auth = event.headers.Auth;  // header names as the client sent them
              if (auth === "boom") throw new Error("Unauthorized");
              if (auth === "num") return { principalId: 42, policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: event.methodArn }] } };
              const effect = auth === "letmein" && event.queryStringParameters.room === "1" ? "Allow" : "Deny";
              return { principalId: "me", policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: effect, Resource: event.methodArn }] },
                       context: { room: "1", admin: true, level: 3 } };
            };
            exports.echo = async (event) => ({ statusCode: 200, body: JSON.stringify(event.requestContext.authorizer) });
            """, """
            {"resource": {
              "aws_lambda_function": {"auth": {"function_name": "auth", "role": "r", "runtime": "nodejs20.x", "handler": "auth.check", "filename": "code.zip"},
                "echo": {"function_name": "echo", "role": "r", "runtime": "nodejs20.x", "handler": "auth.echo", "filename": "code.zip"}},
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_authorizer": {"auth": {"api_id": "${aws_apigatewayv2_api.a.id}", "authorizer_type": "REQUEST", "name": "auth",
                "authorizer_uri": "${aws_lambda_function.auth.invoke_arn}", "identity_sources": ["route.request.header.Auth", "route.request.querystring.room"]}},
              "aws_apigatewayv2_integration": {"ok": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "MOCK", "request_templates": {"$default": "{\"statusCode\": 200}"}, "template_selection_expression": "\\$default"},
                "who": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "MOCK", "request_templates": {"$default": "{\"statusCode\": 200}"}, "template_selection_expression": "\\$default"},
                "echo": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "AWS_PROXY", "integration_method": "POST", "integration_uri": "${aws_lambda_function.echo.invoke_arn}"}},
              "aws_apigatewayv2_integration_response": {"who": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_id": "${aws_apigatewayv2_integration.who.id}", "integration_response_key": "$default",
                "template_selection_expression": "\\$default", "response_templates": {"$default": "$context.authorizer.principalId in room $context.authorizer.room, admin $context.authorizer.admin#set($context.authorizer.room = 'changed')"}}},
              "aws_apigatewayv2_route": {"connect": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$connect", "target": "integrations/${aws_apigatewayv2_integration.ok.id}",
                "authorization_type": "CUSTOM", "authorizer_id": "${aws_apigatewayv2_authorizer.auth.id}"},
                "who": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "who", "target": "integrations/${aws_apigatewayv2_integration.who.id}", "route_response_selection_expression": "$default"},
                "echo": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "echo", "target": "integrations/${aws_apigatewayv2_integration.echo.id}", "route_response_selection_expression": "$default"}},
              "aws_apigatewayv2_route_response": {"who": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.who.id}", "route_response_key": "$default"},
                "echo": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.echo.id}", "route_response_key": "$default"}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """);
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile);
        await using (var allowed = await local.ConnectAsync("dev", new Dictionary<string, string> { ["Auth"] = "letmein" }, "room=1"))
        {
            // The authorizer's principalId and context reach every route: $context.authorizer and the proxy event.
            await allowed.SendAsync("""{"action": "who"}""");
            Assert.Equal("me in room 1, admin true", await allowed.ReceiveAsync(TimeSpan.FromSeconds(20)));
            await allowed.SendAsync("""{"action": "who"}""");  // the #set of the first request does not carry over
            Assert.Equal("me in room 1, admin true", await allowed.ReceiveAsync(TimeSpan.FromSeconds(20)));
            await allowed.SendAsync("""{"action": "echo"}""");
            Assert.Equal("""{"principalId":"me","room":"1","admin":"true","level":"3"}""", await allowed.ReceiveAsync(TimeSpan.FromSeconds(20)));
        }
        Assert.Contains("'403'", (await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => local.ConnectAsync("dev", new Dictionary<string, string> { ["Auth"] = "no" }, "room=1"))).Message);
        Assert.Contains("'401'", (await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => local.ConnectAsync("dev", new Dictionary<string, string> { ["Auth"] = "letmein" }))).Message);
        Assert.Contains("'401'", (await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => local.ConnectAsync("dev", new Dictionary<string, string> { ["Auth"] = "boom" }, "room=1"))).Message);
        Assert.Contains("'500'", (await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => local.ConnectAsync("dev", new Dictionary<string, string> { ["Auth"] = "num" }, "room=1"))).Message);
    }
}
