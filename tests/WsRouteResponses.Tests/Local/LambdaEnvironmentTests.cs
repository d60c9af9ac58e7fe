using System.Text.RegularExpressions;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>Node.js handlers run in the environment Lambda gives them: timeout, context, variables, callbacks, logs, one invocation per execution environment.</summary>
public sealed class LambdaEnvironmentTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);

    // "Configure Lambda function timeout" (https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html):
    // the timeout defaults to 3 seconds. Past it Lambda answers with a function error whose message is the
    // CloudWatch line "<time> <request id> Task timed out after 1.00 seconds" (as "Troubleshoot invocation
    // issues in Lambda", https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html, shows),
    // which a Lambda proxy integration turns into API Gateway's "Internal server error" frame; the
    // execution environment is ended, so the next call is a cold start with fresh module state.
    [Fact]
    public async Task A_handler_past_its_timeout_fails_and_its_environment_is_replaced()
    {
        using var stack = new LambdaStackFolder("app.mjs", """
            let calls = 0;
            export const main = async (event, context) => {
              calls++;
              if (event.body === "slow") await new Promise(resolve => setTimeout(resolve, 5000));
              return { statusCode: 200, body: `call ${calls}, ${context.getRemainingTimeInMillis() <= 1000}` };
            };
            """, LambdaStackFolder.ProxyDefaultRoute(""", "timeout": 1"""));
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("fast");
        Assert.Equal("call 1, true", await client.ReceiveAsync(s_wait));
        await client.SendAsync("slow");
        Assert.Matches(LambdaStackFolder.InternalServerError, await client.ReceiveAsync(s_wait));
        await client.SendAsync("fast");
        Assert.Equal("call 1, true", await client.ReceiveAsync(s_wait));
        Assert.Matches(@"\n\[aws_lambda_function\.f\] \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [0-9a-f-]{36} Task timed out after 1\.00 seconds\n", trace.ToString());
        Assert.Equal(2, Regex.Count(trace.ToString(), @"\[aws_lambda_function\.f\] cold start: a new execution environment \(1 running, at most 10, the local default\)"));
    }

    // "Using Lambda environment variables" (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html),
    // defined runtime environment variables; "Using the Lambda context object to retrieve Node.js function
    // information" (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html): functionName is the
    // function's name, the rest as the runtime fills them from those variables.
    [Fact]
    public async Task The_handler_gets_the_runtime_variables_and_the_context_lambda_gives()
    {
        using var stack = new LambdaStackFolder("app.js", """
            exports.main = async (event, context) => {
              const e = process.env;
              return { statusCode: 200, body: JSON.stringify({
                env: [e.AWS_LAMBDA_FUNCTION_NAME, e.AWS_LAMBDA_FUNCTION_MEMORY_SIZE, e.AWS_LAMBDA_FUNCTION_VERSION, e.AWS_REGION, e.AWS_DEFAULT_REGION,
                      e.AWS_EXECUTION_ENV, e._HANDLER, e.AWS_LAMBDA_LOG_GROUP_NAME, e.AWS_LAMBDA_INITIALIZATION_TYPE, e.TZ, e.LAMBDA_TASK_ROOT === process.cwd(), e.OWN],
                stream: /^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/.test(e.AWS_LAMBDA_LOG_STREAM_NAME) && e.AWS_LAMBDA_LOG_STREAM_NAME === context.logStreamName,
                context: [context.functionName, context.functionVersion, context.memoryLimitInMB, context.invokedFunctionArn, context.logGroupName,
                          /^[0-9a-f-]{36}$/.test(context.awsRequestId), context.getRemainingTimeInMillis() > 0 && context.getRemainingTimeInMillis() <= 3000],
              }) };
            };
            """, LambdaStackFolder.ProxyDefaultRoute(""", "memory_size": 256, "environment": {"variables": {"OWN": "mine"}}""")
                .Replace("\"function_name\": \"f\"", "\"function_name\": \"chat-handler\"", StringComparison.Ordinal)
                .Replace("{\"resource\"", "{\"provider\": {\"aws\": [{\"region\": \"eu-west-2\"}]}, \"resource\"", StringComparison.Ordinal));
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile);
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("x");
        Assert.Equal("""
            {"env":["chat-handler","256","$LATEST","eu-west-2","eu-west-2","AWS_Lambda_nodejs20.x","app.main","/aws/lambda/chat-handler","on-demand",":UTC",true,"mine"],"stream":true,"context":["chat-handler","$LATEST","256","arn:aws:lambda:eu-west-2:000000000000:function:chat-handler","/aws/lambda/chat-handler",true,true]}
            """, await client.ReceiveAsync(s_wait));
    }

    // "Define Lambda function handler in Node.js" (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html):
    // callback-based handlers run on Node.js 22 and earlier; from Node.js 24 the runtime refuses them with
    // Runtime.CallbackHandlerDeprecated (aws-lambda-nodejs-runtime-interface-client, src/function/callback-deprecation.ts).
    [Fact]
    public async Task Callback_handlers_run_on_node_22_and_are_refused_from_node_24()
    {
        const string code = """
            exports.main = (event, context, callback) => {
              if (event.body === "fail") return callback(new TypeError("bad input"));
              setTimeout(() => callback(null, { statusCode: 200, body: "called back " + context.functionName }), 10);
            };
            """;
        using (var stack = new LambdaStackFolder("app.js", code, LambdaStackFolder.ProxyDefaultRoute(runtime: "nodejs22.x")))
        {
            var trace = new StringWriter();
            await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
            await using var client = await local.ConnectAsync("dev");
            await client.SendAsync("x");
            Assert.Equal("called back f", await client.ReceiveAsync(s_wait));
            await client.SendAsync("fail");
            Assert.Matches(LambdaStackFolder.InternalServerError, await client.ReceiveAsync(s_wait));
            Assert.Contains("aws_lambda_function.f threw: bad input", trace.ToString());
        }
        using (var stack = new LambdaStackFolder("app.js", code, LambdaStackFolder.ProxyDefaultRoute(runtime: "nodejs24.x")))
        {
            var trace = new StringWriter();
            await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
            await using var client = await local.ConnectAsync("dev");
            await client.SendAsync("x");
            Assert.Matches(LambdaStackFolder.InternalServerError, await client.ReceiveAsync(s_wait));
            Assert.Contains("aws_lambda_function.f threw: ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24.", trace.ToString());
            Assert.Matches("""\tERROR\tInvoke Error {"errorType":"Runtime.CallbackHandlerDeprecated",""", trace.ToString());
        }
    }

    // "Log and monitor Node.js Lambda functions" (https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html):
    // console output becomes CloudWatch lines "<time>\t<request id>\t<level>\t<message>", one entry a line.
    [Fact]
    public async Task Console_output_reaches_the_trace_as_cloudwatch_lines_before_the_answer()
    {
        using var stack = new LambdaStackFolder("app.js", """
            exports.main = async (event, context) => {
              console.log("got", { body: event.body });
              console.error("careful:\nsecond line");
              return { statusCode: 200, body: context.awsRequestId };
            };
            """, LambdaStackFolder.ProxyDefaultRoute());
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("hi");
        var requestId = await client.ReceiveAsync(s_wait);
        var time = @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z";
        Assert.Matches($@"\n\[aws_lambda_function\.f\] {time}\t{requestId}\tINFO\tgot {{ body: 'hi' }}\n\[aws_lambda_function\.f\] {time}\t{requestId}\tERROR\tcareful:\n    second line\n", trace.ToString());
    }

    // As above: a throttled invocation is not a function error, so a Lambda non-proxy route's integration
    // responses (which match a function's errorMessage) do not see it; the client gets the Internal server
    // error frame. Reserved concurrency 0 throttles every call ("Configuring reserved concurrency").
    [Fact]
    public async Task A_function_with_reserved_concurrency_0_is_throttled_on_a_non_proxy_route_too()
    {
        using var stack = new LambdaStackFolder("app.py", """
            def main(event, context):
                return {"ok": True}
            """, LambdaStackFolder.NonProxyRoute("go", "{}", [("any", "$default", "answered $input.body")], """, "reserved_concurrent_executions": 0""", "python3.12", "app.main"));
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"action": "go"}""");
        Assert.Matches(LambdaStackFolder.InternalServerError, await client.ReceiveAsync(s_wait));
        Assert.Contains("route go -> AWS aws_lambda_function.f throttled: TooManyRequestsException, Rate Exceeded. (ReservedFunctionConcurrentInvocationLimitExceeded: its reserved concurrency is 0)", trace.ToString());
        Assert.DoesNotContain("cold start", trace.ToString());
    }

    // "Understanding Lambda function scaling" (https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html):
    // each execution environment handles one request at a time; a request that finds none free gets a new
    // one. Module state lives per environment: a second caller while the first is held sees fresh state, and
    // a later call reuses a warm one. "Configuring reserved concurrency"
    // (https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html): a function cannot scale
    // past its reserved concurrency, and Lambda throttles the invocations beyond it (TooManyRequestsException,
    // "Rate Exceeded."; "Troubleshoot Lambda throttling", https://repost.aws/knowledge-center/lambda-troubleshoot-throttling).
    // "Handling Lambda errors with an API Gateway API" (https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html):
    // an invocation Lambda rejects is API Gateway's 500 {"message": "Internal server error"}, so a WebSocket
    // client gets the Internal server error frame (the frame itself is unconfirmed for WebSocket APIs).
    [Theory]
    [InlineData("", "^second: state none$", 2)]
    [InlineData(""", "reserved_concurrent_executions": 1""", LambdaStackFolder.InternalServerError, 1)]
    public async Task Concurrent_callers_get_their_own_execution_environment_and_past_the_reserved_concurrency_are_throttled(string attributes, string second, int coldStarts)
    {
        var release = Path.Combine(Directory.CreateTempSubdirectory("wsrr-release-").FullName, "release");
        using var stack = new LambdaStackFolder("app.mjs", """
            import { existsSync } from "node:fs";
            import { ApiGatewayManagementApiClient, PostToConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
            let state = "none";
            export const main = async event => {
              const { domainName, stage, connectionId } = event.requestContext;
              if (event.body === "hold") {
                state = "held by first";
                await new ApiGatewayManagementApiClient({ endpoint: `https://${domainName}/${stage}` }).send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: "holding" }));
                while (!existsSync(process.env.RELEASE)) await new Promise(resolve => setTimeout(resolve, 20));
                return { statusCode: 200, body: "released" };
              }
              return { statusCode: 200, body: `${event.body}: state ${state}` };
            };
            """, LambdaStackFolder.ProxyDefaultRoute($$$""", "timeout": 30, "environment": {"variables": {"RELEASE": "{{{release}}}"}}{{{attributes}}}"""));
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var first = await local.ConnectAsync("dev");
        await using var other = await local.ConnectAsync("dev");
        await first.SendAsync("hold");
        Assert.Equal("holding", await first.ReceiveAsync(s_wait));
        await other.SendAsync("second");
        Assert.Matches(second, await other.ReceiveAsync(s_wait));
        await File.WriteAllTextAsync(release, "");
        Assert.Equal("released", await first.ReceiveAsync(s_wait));
        await other.SendAsync("third");
        Assert.Equal("third: state held by first", await other.ReceiveAsync(s_wait)); // the most recently used environment
        Assert.Equal(coldStarts, Regex.Count(trace.ToString(), @"\[aws_lambda_function\.f\] cold start: "));
        Assert.Equal(coldStarts == 1 ? 1 : 0, Regex.Count(trace.ToString(), Regex.Escape(
            "route $default -> AWS_PROXY aws_lambda_function.f throttled: TooManyRequestsException, Rate Exceeded. (ReservedFunctionConcurrentInvocationLimitExceeded: its reserved concurrency is 1, all in use)")));
        Directory.Delete(Path.GetDirectoryName(release)!, recursive: true);
    }
}
