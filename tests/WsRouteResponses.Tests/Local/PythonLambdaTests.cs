using System.Text.RegularExpressions;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// Python handlers run for real in warm python3 execution environments, with the real boto3 (Debian's
/// python3-boto3; Lambda's Python runtimes include boto3) reaching the local @connections API.
/// </summary>
public sealed class PythonLambdaTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    // "Tutorial: Create a WebSocket chat app with a WebSocket API, Lambda and DynamoDB"
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-chat-app.html): the handler
    // builds an apigatewaymanagementapi client from the event's domainName and stage and posts to the
    // caller. "Define Lambda function handler in Python" (https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html):
    // handler is module.function, called with (event, context); "Using the Lambda context object to retrieve
    // Python function information" (https://docs.aws.amazon.com/lambda/latest/dg/python-context.html);
    // "Log and monitor Python Lambda functions" (https://docs.aws.amazon.com/lambda/latest/dg/python-logging.html):
    // print lines as written, logging lines as "[LEVEL]\t<time>\t<request id>\t<message>".
    [Fact]
    public async Task A_python_handler_posts_back_with_boto3_and_logs_to_the_trace()
    {
        using var stack = new LambdaStackFolder("chat.py", """
            import json
            import logging
            import os
            import boto3

            log = logging.getLogger()
            log.setLevel(logging.INFO)
            answered = 0

            def on_message(event, context):
                global answered
                answered += 1
                request = event["requestContext"]
                api = boto3.client("apigatewaymanagementapi", endpoint_url=f"https://{request['domainName']}/{request['stage']}")
                me = api.get_connection(ConnectionId=request["connectionId"])
                api.post_to_connection(ConnectionId=request["connectionId"], Data=f"pushed to {me['Identity']['SourceIp']}".encode())
                print("answering", event["body"])
                log.info("answer %d", answered)
                return {"statusCode": 200, "body": json.dumps({
                    "body": event["body"], "answered": answered, "name": context.function_name, "memory": context.memory_limit_in_mb,
                    "env": [os.environ["AWS_LAMBDA_FUNCTION_NAME"], os.environ["AWS_EXECUTION_ENV"], os.environ["LAMBDA_TASK_ROOT"] == os.getcwd()],
                    "remaining": 0 < context.get_remaining_time_in_millis() <= 3000, "request": context.aws_request_id})}
            """, LambdaStackFolder.ProxyDefaultRoute(runtime: "python3.12", handler: "chat.on_message"));
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        foreach (var (body, count) in new[] { ("hello", 1), ("again", 2) })
        {
            await client.SendAsync(body);
            Assert.Equal("pushed to 127.0.0.1", await client.ReceiveAsync(s_wait));
            var answer = await client.ReceiveAsync(s_wait);
            Assert.Matches($$"""^\{"body": "{{body}}", "answered": {{count}}, "name": "f", "memory": "128", "env": \["f", "AWS_Lambda_python3.12", true\], "remaining": true, "request": "[0-9a-f-]{36}"\}$""", answer);
            var requestId = Regex.Match(answer!, "\"request\": \"([^\"]+)\"").Groups[1].Value;
            Assert.Matches($@"\n\[aws_lambda_function\.f\] answering {body}\n\[aws_lambda_function\.f\] \[INFO\]\t\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{{3}}Z\t{requestId}\tanswer {count}\n", trace.ToString());
        }
        Assert.Equal(1, Regex.Count(trace.ToString(), @"\[aws_lambda_function\.f\] cold start: "));
        Assert.Equal(2, Regex.Count(trace.ToString(), @"@connections POST: 200"));
    }

    // "AWS Lambda function errors in Python" (https://docs.aws.amazon.com/lambda/latest/dg/python-exceptions.html):
    // an exception is answered as {errorMessage, errorType, requestId, stackTrace}; a Lambda non-proxy
    // integration matches its errorMessage against the integration responses, whose template reads the rest.
    // A proxy integration's client gets "Internal server error" ("Configure Lambda function timeout",
    // https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html, for the timeout).
    [Fact]
    public async Task A_python_exception_has_lambdas_error_shape_and_a_timeout_ends_the_environment()
    {
        using var stack = new LambdaStackFolder("orders.py", """
            import time

            def check(order):
                if order.get("qty", 0) < 1:
                    raise ValueError(f"order {order.get('id')} is empty")
                return {"ok": order["id"]}

            def handle(event, context):
                if event.get("id") == "slow":
                    time.sleep(5)
                return check(event)
            """, LambdaStackFolder.NonProxyRoute("order", "$input.json('$.order')",
            [
                ("empty", "/.*is empty.*/", """{"type": $input.json('$.errorType'), "message": $input.json('$.errorMessage'), "frames": $input.path('$.stackTrace').size(), "last": $input.json('$.stackTrace[1]')}"""),
                ("timeout", "/.*Task timed out.*/", "timed out"),
                ("ok", "$default", "ok $input.json('$.ok')"),
            ], """, "timeout": 1""", "python3.11", "orders.handle"));
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(stack.MainFile, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"action": "order", "order": {"id": "a1", "qty": 2}}""");
        Assert.Equal("ok \"a1\"", await client.ReceiveAsync(s_wait));
        await client.SendAsync("""{"action": "order", "order": {"id": "a2", "qty": 0}}""");
        Assert.Equal("""{"type": "ValueError", "message": "order a2 is empty", "frames": 2, "last": "  File \"/var/task/orders.py\", line 5, in check\n    raise ValueError(f\"order {order.get('id')} is empty\")\n"}""",
            Regex.Replace((await client.ReceiveAsync(s_wait))!, @"[^""\\]*/task/", "/var/task/")); // the execution environment's folder, /var/task on Lambda
        Assert.Matches(@"\n\[aws_lambda_function\.f\] \[ERROR\] ValueError: order a2 is empty\n    Traceback \(most recent call last\):\n", trace.ToString());
        await client.SendAsync("""{"action": "order", "order": {"id": "slow"}}""");
        Assert.Equal("timed out", await client.ReceiveAsync(s_wait));
        Assert.Matches(@"\n\[aws_lambda_function\.f\] \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [0-9a-f-]{36} Task timed out after 1\.00 seconds\n", trace.ToString());
        await client.SendAsync("""{"action": "order", "order": {"id": "a3", "qty": 1}}""");
        Assert.Equal("ok \"a3\"", await client.ReceiveAsync(s_wait));
        Assert.Equal(2, Regex.Count(trace.ToString(), @"\[aws_lambda_function\.f\] cold start: "));
    }
}
