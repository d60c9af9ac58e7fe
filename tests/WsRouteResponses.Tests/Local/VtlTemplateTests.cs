using WsRouteResponses.Local.Vtl;

namespace WsRouteResponses.Tests.Local;

/// <summary>The mapping template engine on the templates of the example app and the AWS guides.</summary>
public sealed class VtlTemplateTests
{
    private static string Render(string template, string body, Dictionary<string, object?>? context = null) =>
        VtlTemplate.Parse(template).Render(new Dictionary<string, object?>
        {
            ["input"] = new VtlInput(body),
            ["util"] = VtlUtil.Instance,
            ["context"] = context ?? new Dictionary<string, object?> { ["connectionId"] = "L0SM9cOFvHcCIhw=", ["routeKey"] = "sendmessage" },
        });

    [Fact]
    public void The_example_request_template_builds_the_backend_request()
    {
        Assert.Equal("""{"connectionId": "L0SM9cOFvHcCIhw=", "text": "hi \"there\""}""",
            Render("""{"connectionId": "$context.connectionId", "text": $input.json('$.text')}""", """{"action": "sendmessage", "text": "hi \"there\""}"""));
    }

    [Fact]
    public void The_example_response_template_reads_the_backend_answer()
    {
        Assert.Equal("""{"status": "sent", "message": 42}""", Render("""{"status": "sent", "message": $input.json('$.id')}""", """{"id": 42}"""));
        Assert.Equal("""{"status": "rejected", "message": {"code":"E1","reasons":["too long"]}}""",
            Render("""{"status": "rejected", "message": $input.json('$.error')}""", """{"error": {"code": "E1", "reasons": ["too long"]}}"""));
    }

    [Fact]
    public void Set_foreach_and_if_lay_out_as_the_guide_shows()
    {
        const string template = """
            #set($inputRoot = $input.path('$'))
            {
              "choices": [
            #foreach($elem in $inputRoot.choices)
                {"id": $elem.id, "name": "$elem.name"}#if($foreach.hasNext),#end
            #end
              ]
            }
            """;
        // Velocity 1.7's layout (the #end lines take their line breaks), as the VTL corpus's aws/input-guide-template records it.
        Assert.Equal("{\n  \"choices\": [\n    {\"id\": 1, \"name\": \"a\"},    {\"id\": 2, \"name\": \"b\"}  ]\n}",
            Render(template, """{"choices": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]}"""));
    }

    [Theory]
    [InlineData(5, "big")]
    [InlineData(2, "small")]
    [InlineData(0, "none")]
    public void Elseif_and_else_choose_one_branch(int n, string expected) =>
        Assert.Equal(expected, Render("#set($n = $input.path('$.n'))#if($n > 3)big#elseif($n > 0 && $n <= 3)small#{else}none#end", $$"""{"n": {{n}}}"""));

    [Fact]
    public void Comments_are_dropped_and_quiet_references_print_nothing()
    {
        Assert.Equal("a\nb $missing c", Render("## a comment line\na\n#* a block\ncomment *#b $missing c$!missing$!{missing}", "{}"));
    }

    [Fact]
    public void Java_string_methods_work_on_values()
    {
        Assert.Equal("HELLO 5 hexxo ell true 1 hello",
            Render("#set($s = $input.path('$.s'))$s.toUpperCase() $s.length() $s.replace('l', 'x') $s.substring(1, 4) $s.contains('ll') $s.indexOf('e') ${s}", """{"s": "hello"}"""));
    }

    [Fact]
    public void Util_helpers_escape_encode_and_parse()
    {
        Assert.Equal("it\\'s \\\"q\\\"", Render("$util.escapeJavaScript($input.path('$.t'))", """{"t": "it's \"q\""}"""));
        Assert.Equal("a+b%26c", Render("$util.urlEncode('a b&c')", "{}"));
        Assert.Equal("aGk= hi", Render("$util.base64Encode('hi') $util.base64Decode('aGk=')", "{}"));
        Assert.Equal("2", Render("$util.parseJson($input.body).b", """{"b": 2}"""));
    }

    [Fact]
    public void A_path_to_an_object_prints_in_java_form_and_json_prints_json()
    {
        Assert.Equal("{a=1, b=[1, 2], c=null} {\"a\":1,\"b\":[1,2],\"c\":null}",
            Render("$input.path('$') $input.json('$')", """{"a": 1, "b": [1, 2], "c": null}"""));
    }

    [Fact]
    public void The_body_and_a_mock_status_template_pass_through()
    {
        Assert.Equal("""{"statusCode": 200}""", Render("""{"statusCode": 200}""", "not json"));
        Assert.Equal("not json", Render("$input.body", "not json"));
        Assert.Equal("", Render("$input.json('$.text')", "not json"));
    }

    [Fact]
    public void Maps_lists_and_arithmetic()
    {
        Assert.Equal("3 b 2 x=1 6",
            Render("#set($l = [1, 2, 3])#set($m = {\"x\": 1})#set($m.y = 'b')$l.size() $m.y $l.get(1) #foreach($k in $m.keySet())#if($k == 'x')$k=$m.get($k)#end#end $math", "{}",
                new Dictionary<string, object?>()).Replace("$math", (1 + 2 + 3).ToString(), StringComparison.Ordinal));
        // #set takes the blanks before it when they follow a reference (Velocity 1.7).
        Assert.Equal("712.5", Render("#set($a = 3 + 4)$a #set($b = 7 % 3)$b #set($c = 5.0 / 2)$c", "{}"));
    }

    [Fact]
    public void An_unclosed_if_names_the_line()
    {
        var error = Assert.Throws<VtlException>(() => VtlTemplate.Parse("{\n#if($x)\nyes"));
        Assert.Equal("line 3, column 4: #if without #end", error.Message);
    }
}
