using WsRouteResponses.Local;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// No template and no client message can hang the server, exhaust its memory or throw anything but a
/// <see cref="VtlException"/>: each limit of <see cref="VtlLimits"/> fails the template with a message naming what
/// passed it, and a real client then gets API Gateway's error frame while the server goes on.
/// </summary>
public sealed class VtlSafetyTests
{
    private static string Render(string template, string body = "{}", VtlLimits? limits = null) =>
        VtlTemplate.Parse(template).Render(new Dictionary<string, object?> { ["input"] = new VtlInput(body), ["util"] = VtlUtil.Instance }, limits);

    private static string Fails(string template, string body = "{}", VtlLimits? limits = null) =>
        Assert.Throws<VtlException>(() => Render(template, body, limits)).Message;

    [Fact]
    public void Nested_loops_stop_at_the_iteration_limit() =>
        Assert.Equal("#foreach ran more than 100000 times", Fails("#set($l = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])#foreach($a in $l)#foreach($b in $l)#foreach($c in $l)#foreach($d in $l)#foreach($e in $l)#end#end#end#end#end"));

    [Fact]
    public void A_range_with_the_widest_client_chosen_bounds_is_refused_without_overflow() =>
        Assert.Equal("the range [-9223372036854775808..9223372036854775807] has more than 100000 items",
            Fails("#foreach($i in [$input.path('$.a')..$input.path('$.b')])x#end", """{"a": -9223372036854775808, "b": 9223372036854775807}"""));

    [Fact]
    public void Ranges_made_again_and_again_count_against_the_iteration_limit() =>
        Assert.Equal("ranges and loops made more than 100000 items", Fails("#foreach($i in [1..1000])#set($r = [1..1000])#end"));

    [Fact]
    public void Output_is_bounded() =>
        Assert.Equal("the output is longer than 1048576 characters", Fails("#foreach($i in [1..50000])xxxxxxxxxxxxxxxxxxxxxxxxx#end"));

    [Theory]
    [InlineData("#set($s = 'x')#foreach($i in [1..30])#set($s = \"$s$s\")#end", "the output is longer than 1048576 characters")]
    [InlineData("#set($s = 'x')#foreach($i in [1..30])#set($s = $s + $s)#end", "a string longer than 1048576 characters")]
    [InlineData("#set($s = 'x')#foreach($i in [1..30])#set($s = $s.replace('x', 'xx'))#end", "line 1, column 48, $s.replace('x', 'xx'): a string longer than 1048576 characters")]
    [InlineData("#set($l = [1])#foreach($i in [1..30])#set($x = $l.addAll($l))#end", "line 1, column 48, $l.addAll($l): a list longer than 1048576 items")]
    public void Strings_and_lists_a_template_doubles_are_bounded(string template, string expected) => Assert.Equal(expected, Fails(template));

    [Fact]
    public void A_rendering_has_a_time_limit() =>
        Assert.Equal("rendering took longer than 1 ms", Fails("#foreach($i in [1..5000000])#set($x = \"$i\")#end", limits: VtlLimits.Default with { MaxIterations = 10_000_000, Timeout = TimeSpan.FromMilliseconds(1) }));

    // Newtonsoft's =~ backtracks without bound unless given a timeout: 26 "a"s and a "!" take seconds, 40 would take hours.
    [Fact]
    public void A_jsonpath_regular_expression_has_the_engines_time_limit() =>
        Assert.Equal("line 1, column 1, $input.json('$.items[?(@ =~ /^(a+)+$/)]'): JSONPath \"$.items[?(@ =~ /^(a+)+$/)]\": the =~ regular expression ran longer than 1000 ms on one value (the limit for the body's one value)",
            Fails("$input.json('$.items[?(@ =~ /^(a+)+$/)]')", """{"items": ["aaaaaaaaaaaaaaaaaaaaaaaaaa!"]}"""));

    // A filter tests each value of the body: they share the limit, so many slow matches cannot add up past it.
    [Fact]
    public void A_jsonpath_regular_expression_over_many_values_shares_the_time_limit() =>
        Assert.Equal("line 1, column 1, $input.json('$.items[?(@ =~ /^(a+)+$/)]'): JSONPath \"$.items[?(@ =~ /^(a+)+$/)]\": the =~ regular expression ran longer than 250 ms on one value (the share of each of the body's 4 values)",
            Fails("$input.json('$.items[?(@ =~ /^(a+)+$/)]')", """{"items": ["ok", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!"]}"""));

    // Each deep scan step runs over every result of the one before: without a bound this body and path run for hours.
    [Fact]
    public void Jsonpath_deep_scans_count_against_the_iteration_limit() =>
        Assert.Equal("line 1, column 1, $input.json('$..*..*..*..*'): JSONPath \"$..*..*..*..*\": more than 1000 results and deep scan steps in the rendering",
            Fails("$input.json('$..*..*..*..*')", new string('[', 60) + new string(']', 60), VtlLimits.Default with { MaxIterations = 1000, Timeout = TimeSpan.FromMinutes(10) }));

    [Fact]
    public void A_jsonpath_regular_expression_match_against_anything_but_a_literal_is_refused() =>
        Assert.Equal("line 1, column 1, $input.json('$.items[?(@.a =~ @.b)]'): JSONPath \"$.items[?(@.a =~ @.b)]\": the right of =~ must be a regular expression literal such as /^a.*$/i, not @.b",
            Fails("$input.json('$.items[?(@.a =~ @.b)]')", """{"items": [{"a": "x", "b": "x"}]}"""));

    [Theory]
    [InlineData("#macro(r)#r()#end#r()", "#r: macros nested more than 20 deep")]
    [InlineData("#set($e = '#evaluate($e)')#evaluate($e)", "#evaluate nested more than 20 deep")]
    public void Recursion_stops_at_velocitys_macro_depth(string template, string expected) => Assert.Equal(expected, Fails(template));

    [Fact]
    public void Deep_nesting_is_a_parse_error_not_a_stack_overflow()
    {
        Assert.Equal("line 1, column 896: nested more than 100 deep", Assert.Throws<VtlException>(() => VtlTemplate.Parse(string.Concat(Enumerable.Repeat("#if(true)", 5000)))).Message);
        Assert.Equal("line 1, column 110: nested more than 100 deep", Assert.Throws<VtlException>(() => VtlTemplate.Parse("#set($x = " + new string('(', 5000) + "1" + new string(')', 5000) + ")")).Message);
    }

    [Fact]
    public void Errors_name_line_column_and_reference_without_raw_control_characters()
    {
        Assert.Equal("line 2, column 9: ')' expected", Assert.Throws<VtlException>(() => VtlTemplate.Parse("#set($x = 1)\n  #if($x")).Message);
        var message = Fails("ok\n  $input.path('$.p').replaceAll($input.path('$.r'), 'x')", """{"p": "a", "r": "(\u0001\n"}""");
        Assert.StartsWith("line 2, column 3, $input.path('$.p').replaceAll($input.path('$.r'), 'x'): replaceAll() threw: Invalid pattern '(\\u0001\\u000A'", message);
        Assert.DoesNotContain(message, char.IsControl);
    }

    // A failed template gets the frame API Gateway sends for an integration error, "Internal server error" (Developer
    // Guide, "Set up a WebSocket API integration request in API Gateway", https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html).
    [Fact]
    public async Task A_client_chosen_range_gets_the_error_frame_and_the_server_goes_on()
    {
        var config = TerraformJsonReader.FromJson("""
            {"resource": {
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              "aws_apigatewayv2_integration": {"m": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "MOCK", "template_selection_expression": "\\$default",
                "request_templates": {"$default": "#foreach($i in [1..$input.path('$.n')])#end{\"statusCode\": 200}"}}},
              "aws_apigatewayv2_route": {"r": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "count", "target": "integrations/${aws_apigatewayv2_integration.m.id}", "route_response_selection_expression": "$default"}},
              "aws_apigatewayv2_route_response": {"r": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.r.id}", "route_response_key": "$default"}},
              "aws_apigatewayv2_integration_response": {"m": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_id": "${aws_apigatewayv2_integration.m.id}", "integration_response_key": "$default",
                "template_selection_expression": "\\$default", "response_templates": {"$default": "counted"}}},
              "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
            }}
            """);
        var trace = new StringWriter();
        await using var local = await LocalWebSocketApi.StartAsync(config, new LocalOptions { Trace = TextWriter.Synchronized(trace) });
        await using var client = await local.ConnectAsync("dev");
        await client.SendAsync("""{"action": "count", "n": 9223372036854775807}""");
        Assert.Matches("""^\{"message": "Internal server error", "connectionId":"[A-Za-z0-9_=-]+", "requestId":"[A-Za-z0-9_=-]+"\}$""", await client.ReceiveAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("(mapping template: the range [1..9223372036854775807] has more than 100000 items)", trace.ToString());
        await client.SendAsync("""{"action": "count", "n": 3}""");
        Assert.Equal("counted", await client.ReceiveAsync(TimeSpan.FromSeconds(10)));
    }
}
