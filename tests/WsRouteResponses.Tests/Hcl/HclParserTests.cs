using WsRouteResponses.Model;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Tests.Hcl;

/// <summary>What the differential corpus cannot show: typed literal values, positions, the template entry point, messages.</summary>
public sealed class HclParserTests
{
    [Fact]
    public void Literals_are_typed()
    {
        var body = HclParser.Parse("n = 1.5e3\nb = false\nz = null\ns = \"a\\tb\"\n", "main.tf");
        var values = body.Attributes.ToDictionary(a => a.Name, a => a.Expression);
        Assert.Equal(new HclLiteralExpr(values["n"].Range, HclLiteralKind.Number, 1500.0), values["n"]);
        Assert.Equal(new HclLiteralExpr(values["b"].Range, HclLiteralKind.Bool, false), values["b"]);
        Assert.Equal(new HclLiteralExpr(values["z"].Range, HclLiteralKind.Null, null), values["z"]);
        Assert.Equal("a\tb", Assert.IsType<HclTemplateExpr>(values["s"]).LiteralText);
    }

    [Fact]
    public void Ranges_give_line_column_utf8_byte_and_source_text()
    {
        var body = HclParser.Parse("é = \"ü\"\nb = x.y\n", "main.tf");
        var expression = body.Attributes[1].Expression;
        Assert.Equal(new HclPosition(2, 5, 14, 12), expression.Range.Start);
        Assert.Equal(new HclPosition(2, 8, 17, 15), expression.Range.End);
        Assert.Equal("x.y", expression.SourceText);
        Assert.Equal("main.tf", expression.Range.FileName);
    }

    [Fact]
    public void Blocks_keep_type_labels_and_body()
    {
        var block = Assert.Single(HclParser.Parse("resource \"aws_apigatewayv2_route\" this {\n  route_key = \"$connect\"\n}\n", "main.tf").Blocks);
        Assert.Equal("resource", block.Type);
        Assert.Equal([("aws_apigatewayv2_route", true), ("this", false)], block.Labels.Select(l => (l.Value, l.Quoted)));
        Assert.Equal("route_key", Assert.Single(block.Body.Attributes).Name);
        Assert.Equal("resource \"aws_apigatewayv2_route\" this {\n  route_key = \"$connect\"\n}", block.Range.Text);
    }

    [Fact]
    public void A_template_of_one_interpolation_keeps_the_expression()
    {
        var wrap = Assert.IsType<HclTemplateWrapExpr>(HclParser.ParseTemplate("${var.routes}", "cdk.tf.json"));
        var traversal = Assert.IsType<HclScopeTraversalExpr>(wrap.Wrapped);
        Assert.Equal(["var", "routes"], traversal.Traversal.Select(t => t switch { HclTraverseRoot r => r.Name, HclTraverseAttr a => a.Name, _ => "?" }));
    }

    [Fact]
    public void A_json_template_has_literal_text_without_escapes_and_directives()
    {
        var template = Assert.IsType<HclTemplateExpr>(HclParser.ParseTemplate("arn:${var.a}\\n$${x}%{ if b ~}  yes%{ endif }", "cdk.tf.json"));
        Assert.Collection(template.Parts,
            p => Assert.Equal("arn:", Assert.IsType<HclTemplateLiteral>(p).Value),
            p => Assert.Equal("var.a", Assert.IsType<HclTemplateInterpolation>(p).Expression.SourceText),
            p => Assert.Equal("\\n${x}", Assert.IsType<HclTemplateLiteral>(p).Value),
            p =>
            {
                var conditional = Assert.IsType<HclTemplateIf>(p);
                Assert.Equal("b", conditional.Condition.SourceText);
                Assert.Equal("yes", conditional.WhenTrue.LiteralText);
                Assert.Null(conditional.WhenFalse);
                Assert.Equal([new HclStripMarkers(false, true), new HclStripMarkers(false, false)], conditional.Strip);
            });
    }

    [Fact]
    public void Object_keys_and_for_expressions_say_what_they_are()
    {
        var obj = Assert.IsType<HclObjectExpr>(HclParser.ParseExpression("{ name = 1, (var.k) = 2, \"q\" = 3 }", "x.tf"));
        Assert.Equal(["name", null, null], obj.Items.Select(i => i.Key.BareName));
        var loop = Assert.IsType<HclForExpr>(HclParser.ParseExpression("{for k, v in var.routes : k => v.arn if v.enabled}", "x.tf"));
        Assert.Equal(("k", "v", true, "v.enabled"), (loop.KeyVariable, loop.ValueVariable, loop.IsObject, loop.Condition!.SourceText));
    }

    [Fact]
    public void A_function_call_keeps_its_namespace_and_expansion()
    {
        var call = Assert.IsType<HclFunctionCallExpr>(HclParser.ParseExpression("provider::aws::arn_parse(a, b...)", "x.tf"));
        Assert.Equal(("provider::aws::arn_parse", 2, true), (call.Name, call.Arguments.Count, call.ExpandFinal));
    }

    [Theory]
    [InlineData("resource \"x\" \"y\" {\n  a = \n}\n", "main.tf:2,7: Invalid expression; Expected the start of an expression. Found a newline.")]
    [InlineData("a = \"open\n", "main.tf:1,10: Invalid multi-line string; Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.")]
    [InlineData("a = 1\na = 2\n", "main.tf:2,1: Attribute redefined; The argument \"a\" was already set at main.tf:1,1. Each argument may be set only once.")]
    [InlineData("b {\n  c = 1\n", "main.tf:1,3: Unclosed configuration block; There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.")]
    [InlineData("a = 'x'\n", "main.tf:1,5: Invalid character; Single quotes are not valid. Use double quotes (\") to enclose strings.")]
    [InlineData("a = \"%{ if b }x\"\n", "main.tf:1,6: Unterminated template directive; This directive has no matching %{endif}.")]
    public void Syntax_errors_name_file_line_column_and_what_was_expected(string text, string message)
    {
        var error = Assert.Throws<HclSyntaxException>(() => HclParser.Parse(text, "main.tf"));
        Assert.Equal(message, error.Message);
        Assert.IsAssignableFrom<ConfigurationReadException>(error);
    }

    [Fact]
    public void Extra_text_after_an_expression_is_an_error()
    {
        var error = Assert.Throws<HclSyntaxException>(() => HclParser.ParseExpression("a b", "x.tf"));
        Assert.Equal("x.tf:1,3: Extra characters after expression; An expression was successfully parsed, but extra characters were found after it. Found \"b\".", error.Message);
    }

    [Fact]
    public void A_missing_file_is_a_read_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.tf");
        var error = Assert.Throws<ConfigurationReadException>(() => HclParser.ParseFile(path));
        Assert.StartsWith($"{path}: cannot be read: ", error.Message);
    }
}
