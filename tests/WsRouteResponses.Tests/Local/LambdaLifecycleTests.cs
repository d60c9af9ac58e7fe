using System.Net.WebSockets;
using System.Text.RegularExpressions;
using WsRouteResponses.Check;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>How execution environments end: an unhandled rejection, a process that exits while idle, an idle one reclaimed; and what the event carries from the stage.</summary>
public sealed class LambdaLifecycleTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);
    private const string ColdStart = @"\[aws_lambda_function\.f\] cold start: ";

    // Module state counts the calls an execution environment has run: "call 1" is a fresh one.
    private const string CountingHandler = """
        let calls = 0;
        export const main = async event => {
          calls++;
          if (event.body === "lose") { Promise.reject(new Error("lost")); await new Promise(resolve => setTimeout(resolve, 200)); }
          if (event.body === "late") Promise.reject(new Error("late"));
          if (event.body === "exit later") setTimeout(() => process.exit(2), 50);
          return { statusCode: 200, body: `call ${calls}` };
        };
        """;

    // The Node.js runtime (aws-lambda-nodejs-runtime-interface-client, src/index.mjs, src/Runtime.js,
    // src/Errors.js) logs an unhandled rejection as "Unhandled Promise Rejection" with a
    // Runtime.UnhandledPromiseRejection error whose message is the reason as text, posts it as the pending
    // invocation's error, and exits with 128, so Lambda starts a new execution environment. An invocation
    // answered before the rejection keeps its answer: "Inconsistent handling of UnhandledPromiseRejection
    // error between Node.js 22.x and 24.x runtimes" (https://github.com/aws/aws-lambda-base-images/issues/392)
    // shows Node.js 22 reporting such a call Succeeded with the log entry. A proxy integration's failed
    // invocation is the Internal server error frame ("Handling Lambda errors with an API Gateway API",
    // https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html).
    [Fact]
    public async Task An_unhandled_rejection_fails_the_invocation_and_the_next_call_is_a_cold_start()
    {
        using var stack = new LambdaStackFolder("app.mjs", CountingHandler, LambdaStackFolder.ProxyDefaultRoute());
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("a");
        Assert.Equal("call 1", await client.ReceiveAsync(s_wait));
        await client.SendAsync("lose");
        Assert.Matches(LambdaStackFolder.InternalServerError, await client.ReceiveAsync(s_wait));
        Assert.Matches("""\[aws_lambda_function\.f\] \S+\t[0-9a-f-]{36}\tERROR\tUnhandled Promise Rejection \t\{"errorType":"Runtime\.UnhandledPromiseRejection","errorMessage":"Error: lost","reason":\{"errorType":"Error","errorMessage":"lost","stack":\["Error: lost",""", trace.ToString());
        Assert.Contains("route $default -> AWS_PROXY aws_lambda_function.f threw: Error: lost", trace.ToString());
        await TraceShowsAsync(trace, @"\[aws_lambda_function\.f\] an execution environment ended \(exit status 128\); it is not reused\n");
        await client.SendAsync("b");
        Assert.Equal("call 1", await client.ReceiveAsync(s_wait));
        await client.SendAsync("late");
        Assert.Equal("call 2", await client.ReceiveAsync(s_wait));
        await TraceShowsAsync(trace, @"\[aws_lambda_function\.f\] an execution environment ended \(exit status 128\); it is not reused\n", times: 2);
        await client.SendAsync("c");
        Assert.Equal("call 1", await client.ReceiveAsync(s_wait));
        Assert.Equal(3, Regex.Count(trace.ToString(), ColdStart));
    }

    // "Understanding the Lambda execution environment lifecycle"
    // (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html): Lambda keeps an
    // environment for a while after an invocation, to reuse it, and ends idle ones; a runtime that exits
    // is reset and the next invocation initializes a new one. Locally the idle time is an option, and a
    // process that ended while idle is never handed a call. Two servers, so that each trace line has one
    // cause: with the default idle timeout (5 minutes) no reclaim can come before the handler's own exit,
    // and with 1.5 s nothing but the reclaim ends the environment.
    [Fact]
    public async Task An_idle_environment_is_reclaimed_and_one_that_exited_while_idle_is_replaced()
    {
        using var stack = new LambdaStackFolder("app.mjs", CountingHandler, LambdaStackFolder.ProxyDefaultRoute());
        var trace = new StringWriter();
        await using (var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) }))
        {
            await using var client = await local.ConnectAsync("dev");
            await client.SendAsync("exit later");
            Assert.Equal("call 1", await client.ReceiveAsync(s_wait));
            await TraceShowsAsync(trace, @"\[aws_lambda_function\.f\] an execution environment ended \(exit status 2\); it is not reused\n");
            await client.SendAsync("a");
            Assert.Equal("call 1", await client.ReceiveAsync(s_wait));
        }
        Assert.Equal(2, Regex.Count(trace.ToString(), ColdStart));
        Assert.DoesNotContain("reclaimed", trace.ToString());
        Assert.DoesNotContain("Runtime.ExitError", trace.ToString());

        var reclaiming = new StringWriter();
        await using (var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(reclaiming), LambdaIdleTimeout = TimeSpan.FromMilliseconds(1500) }))
        {
            await using var client = await local.ConnectAsync("dev");
            await client.SendAsync("a");
            Assert.Equal("call 1", await client.ReceiveAsync(s_wait));
            await TraceShowsAsync(reclaiming, @"\[aws_lambda_function\.f\] reclaimed an execution environment idle for 1\.5 s\n");
            await client.SendAsync("b");
            Assert.Equal("call 1", await client.ReceiveAsync(s_wait));
        }
        Assert.Equal(2, Regex.Count(reclaiming.ToString(), ColdStart));
        Assert.DoesNotContain("an execution environment ended", reclaiming.ToString());
    }

    // A handler that keeps Node.js's event loop alive (a module-level timer) does not keep the server from
    // stopping: each environment's process exits by itself when the host closes its input (Node.js runs its
    // "exit" listeners then, which a kill would skip), all environments at once.
    [Fact]
    public async Task Stopping_ends_warm_environments_whose_handler_keeps_the_event_loop_alive()
    {
        var marks = Directory.CreateTempSubdirectory("wsrr-marks-").FullName;
        var folder = marks.Replace("\\", "/", StringComparison.Ordinal);
        var handler = $$"""
            import { writeFileSync, readdirSync } from "node:fs";
            setInterval(() => {}, 1000);
            process.on("exit", code => writeFileSync("{{folder}}/exit-" + process.pid, String(code)));
            // Three invocations at once make three environments: each waits until all three are in.
            export const main = async () => {
              writeFileSync("{{folder}}/busy-" + process.pid, "");
              while (readdirSync("{{folder}}").filter(name => name.startsWith("busy-")).length < 3) await new Promise(resolve => setTimeout(resolve, 10));
              return { statusCode: 200, body: String(process.pid) };
            };
            """;
        using var stack = new LambdaStackFolder("app.mjs", handler, LambdaStackFolder.ProxyDefaultRoute());
        var pids = new List<int>();
        await using (var local = await LocalWebSocketApi.StartAsync(stack.MainFile))
        {
            var clients = new List<LocalClient>();
            for (var i = 0; i < 3; i++) clients.Add(await local.ConnectAsync("dev"));
            foreach (var client in clients) await client.SendAsync("x");
            foreach (var client in clients) pids.Add(int.Parse(await client.ReceiveAsync(s_wait) ?? "", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var client in clients) await client.DisposeAsync();
        }
        try
        {
            Assert.Equal(3, pids.Distinct().Count());
            foreach (var pid in pids)
            {
                Assert.Equal("0", File.ReadAllText(Path.Combine(marks, $"exit-{pid}")));
                Assert.Throws<ArgumentException>(() => System.Diagnostics.Process.GetProcessById(pid));
            }
        }
        finally
        {
            Directory.Delete(marks, recursive: true);
        }
    }

    // The same through the command line: wsrr serve --lambda-idle-timeout.
    [Fact]
    public async Task Serve_reclaims_idle_environments_after_its_lambda_idle_timeout()
    {
        using var stack = new LambdaStackFolder("app.mjs", CountingHandler, LambdaStackFolder.ProxyDefaultRoute());
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = WsrrCommand.RunAsync(["serve", stack.MainFile, "--port", "0", "--lambda-idle-timeout", "500ms"], TextWriter.Synchronized(output), TextWriter.Null, stop.Token);
        try
        {
            await TraceShowsAsync(output, @"ws://127\.0\.0\.1:\d+/dev");
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(Regex.Match(output.ToString(), @"ws://127\.0\.0\.1:\d+/dev").Value), CancellationToken.None);
            await using var client = new LocalClient(socket);
            await client.SendAsync("a");
            Assert.Equal("call 1", await client.ReceiveAsync(s_wait));
            await TraceShowsAsync(output, @"\[aws_lambda_function\.f\] reclaimed an execution environment idle for 0\.5 s\n");
        }
        finally
        {
            stop.Cancel();
            Assert.Equal(0, await serving);
        }
    }

    // "Set up Lambda proxy integrations in API Gateway", input format
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format):
    // the event carries the stage's variables as "stageVariables". WebSocket events captured from a stage
    // without any (aws-samples/serverless-patterns, apigw-websocket-api-connection-dynamodb/README.md) have
    // no such key, so none is sent then. Node.js and Python handlers read them alike.
    [Theory]
    [InlineData("app.mjs", "nodejs20.x", "app.main", """
        export const main = async event => ({ statusCode: 200, body: "stageVariables" in event ? JSON.stringify(event.stageVariables) : "none" });
        """)]
    [InlineData("app.py", "python3.12", "app.main", """
        import json

        def main(event, context):
            return {"statusCode": 200, "body": json.dumps(event["stageVariables"], separators=(",", ":")) if "stageVariables" in event else "none"}
        """)]
    public async Task The_proxy_event_carries_the_stage_variables(string file, string runtime, string handler, string code)
    {
        foreach (var (stage, expected) in new[] { (""", "stage_variables": {"table": "orders-dev", "greeting": "hello dev"}""", """{"table":"orders-dev","greeting":"hello dev"}"""), ("", "none") })
        {
            using var stack = new LambdaStackFolder(file, code, LambdaStackFolder.ProxyDefaultRoute(runtime: runtime, handler: handler, stageAttributes: stage));
            await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile);
            await using var client = await local.ConnectAsync("dev");
            await client.SendAsync("x");
            Assert.Equal(expected, await client.ReceiveAsync(s_wait));
        }
    }

    // Waits until the trace matches <times> times (the server writes it as things happen; a deadline, not a measure).
    private static async Task TraceShowsAsync(StringWriter trace, string pattern, int times = 1)
    {
        for (var waited = TimeSpan.Zero; waited < s_wait; waited += TimeSpan.FromMilliseconds(20))
        {
            if (Regex.Count(trace.ToString(), pattern) >= times) return;
            await Task.Delay(20);
        }
        Assert.Fail($"The trace does not show {pattern} {times} time(s):\n{trace}");
    }
}
