using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Model;

/// <summary>The reader on Terraform JSON written by hand: every valid form reads, anything else is a clear <see cref="ConfigurationReadException"/>.</summary>
public sealed class TerraformJsonReaderTests
{
    [Fact]
    public void Escapes_read_as_api_gateway_sees_them_and_expressions_as_unknown()
    {
        var read = TerraformJsonReader.FromJson("""
            {"resource": {"aws_apigatewayv2_integration": {"i": {
              "api_id": "${ aws_apigatewayv2_api.a.id }", "integration_type": "MOCK",
              "request_templates": {"$default": "{\"s\": \"$${x}\", \"d\": \"%%{if}\"}", "other": "${var.template}"},
              "template_selection_expression": "\\$default"
            }}}}
            """);
        var integration = Assert.Single(read.Integrations);
        Assert.Equal("aws_apigatewayv2_api.a", integration.Api);
        Assert.Equal("""{"s": "${x}", "d": "%{if}"}""", integration.RequestTemplates!["$default"].Value);
        Assert.False(integration.RequestTemplates["other"].IsKnown);
        Assert.Equal("var.template", integration.RequestTemplates["other"].Reference);
        Assert.Equal("\\$default", integration.TemplateSelectionExpression!.Value.Value);
    }

    [Fact]
    public void List_form_blocks_comments_and_odd_values_read_without_a_crash()
    {
        var read = TerraformJsonReader.FromJson("""
            {"resource": [{"aws_apigatewayv2_route": [{"r": [{
              "//": "a comment", "api_id": "abc", "route_key": "ping", "target": 7, "depends_on": [1, "aws_x.y"]
            }]}]}, {"aws_apigatewayv2_stage": {"s": {"api_id": "abc", "name": "prod", "default_route_settings": [{"throttling_rate_limit": "5"}], "depends_on": [null]}}}]}
            """);
        var route = Assert.Single(read.Routes);
        Assert.Null(route.Origin.Path);
        Assert.True(route.Integration!.IsUnknown);
        Assert.Equal("id:abc", route.Api);
        Assert.Equal("5", Assert.Single(read.Stages).DefaultRouteSettings!.ThrottlingRateLimit!.Value.Value);
        Assert.Contains(read.Apis, a => a.Key == "id:abc" && a.IsAttached);
    }

    [Theory]
    [InlineData("""{"stacks": []}""", "manifest.json: no stacks.")]
    [InlineData("""{"version": "0.21.0"}""", "manifest.json: no stacks.")]
    [InlineData("""{"stacks": {"a": {"synthesizedStackPath": 3}}}""", "manifest.json: stack a has no synthesizedStackPath.")]
    [InlineData("""{"stacks": {"a": "x"}}""", "manifest.json: stack a has no synthesizedStackPath.")]
    public void A_bad_manifest_is_a_clear_error(string manifest, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("wsrr-").FullName;
        File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest);
        var error = Assert.Throws<ConfigurationReadException>(() => TerraformReader.Read(folder));
        Assert.Equal(Path.Combine(folder, problem), error.Message);
    }

    [Fact]
    public void A_manifest_naming_a_folder_is_a_clear_error()
    {
        var folder = Directory.CreateTempSubdirectory("wsrr-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "stacks"));
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{"stacks": {"a": {"synthesizedStackPath": "stacks"}}}""");
        var error = Assert.Throws<ConfigurationReadException>(() => TerraformReader.Read(folder));
        Assert.StartsWith(Path.Combine(folder, "stacks") + ": ", error.Message);
    }

    [Fact]
    public void A_folder_of_tf_json_files_is_one_module()
    {
        var folder = Directory.CreateTempSubdirectory("wsrr-").FullName;
        File.WriteAllText(Path.Combine(folder, "api.tf.json"), """{"resource": {"aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}}}}""");
        File.WriteAllText(Path.Combine(folder, "routes.tf.json"), """{"resource": {"aws_apigatewayv2_route": {"r": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "ping"}}}}""");
        var stack = Assert.Single(TerraformReader.Read(folder));
        Assert.Equal("aws_apigatewayv2_api.a", Assert.Single(stack.Configuration.Routes).Api);
    }

    [Fact]
    public void Repeated_keys_merge_as_terraform_merges_them()
    {
        var read = TerraformJsonReader.FromJson("""
            {"resource": {"aws_apigatewayv2_route": {"a": {"api_id": "x", "route_key": "a"}}},
             "resource": {"aws_apigatewayv2_route": {"b": {"api_id": "x", "route_key": "b"}}}}
            """);
        Assert.Equal(["a", "b"], read.Routes.Select(r => r.RouteKey.Value));
    }

    [Fact]
    public void Triggers_given_by_an_expression_are_read_for_what_they_name_or_left_unknown()
    {
        var read = TerraformJsonReader.FromJson("""
            {"resource": {"aws_apigatewayv2_api": {"x": {"name": "x", "protocol_type": "WEBSOCKET"}}, "aws_apigatewayv2_deployment": {
              "named": {"api_id": "${aws_apigatewayv2_api.x.id}", "triggers": "${{redeployment = sha1(jsonencode([aws_apigatewayv2_route.ping]))}}"},
              "variable": {"api_id": "${aws_apigatewayv2_api.x.id}", "triggers": "${var.triggers}"}}}}
            """);
        Assert.Equal(["aws_apigatewayv2_route.ping"], read.Deployments.Single(d => d.Origin.Address.EndsWith("named", StringComparison.Ordinal)).TriggersCover);
        Assert.Null(read.Deployments.Single(d => d.Origin.Address.EndsWith("variable", StringComparison.Ordinal)).TriggersCover);
    }

    [Fact]
    public void A_literal_count_of_0_or_an_empty_for_each_leaves_the_resource_out()
    {
        var read = TerraformJsonReader.FromJson("""
            {"resource": {"aws_apigatewayv2_route": {
              "zero": {"api_id": "x", "route_key": "a", "count": 0},
              "zero_text": {"api_id": "x", "route_key": "b", "count": "0"},
              "no_keys": {"api_id": "x", "route_key": "c", "for_each": {}},
              "no_items": {"api_id": "x", "route_key": "d", "for_each": []},
              "one": {"api_id": "x", "route_key": "e", "count": 1}}}}
            """);
        Assert.Equal(["aws_apigatewayv2_route.one"], read.Routes.Select(r => r.Origin.Address));
    }

    [Fact]
    public void A_count_or_for_each_given_by_an_expression_makes_the_element_conditional()
    {
        var read = TerraformJsonReader.FromJson("""
            {"resource": {"aws_apigatewayv2_route": {
              "if_http": {"api_id": "x", "route_key": "a", "count": "${var.http ? 1 : 0}"},
              "each": {"api_id": "x", "route_key": "b", "for_each": "${var.routes}"},
              "literal_count": {"api_id": "x", "route_key": "c", "count": "2"},
              "literal_for_each": {"api_id": "x", "route_key": "d", "for_each": {"k": "v"}},
              "plain": {"api_id": "x", "route_key": "e"}}}}
            """);
        Assert.Equal(["aws_apigatewayv2_route.each", "aws_apigatewayv2_route.if_http"], read.Routes.Where(r => r.IsConditional).Select(r => r.Origin.Address));
    }

    [Theory]
    [InlineData("\"protocol_type\": \"${var.protocol_type}\",")]
    [InlineData("")]
    public void An_api_whose_protocol_is_not_known_to_be_websocket_is_left_out_with_its_elements(string protocol)
    {
        var read = TerraformJsonReader.FromJson($$$"""
            {"resource": {
              "aws_apigatewayv2_api": {"a": { {{{protocol}}} "name": "a"}},
              "aws_apigatewayv2_route": {"r": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "ping"}, "s": {"api_id": "abc", "route_key": "ping"} } } }
            """);
        Assert.Equal(["aws_apigatewayv2_route.s"], read.Routes.Select(r => r.Origin.Address));
        Assert.Equal(["id:abc"], read.Apis.Select(a => a.Key));
    }

    // An API attached by id has no protocol_type: its elements tell whether it is a WebSocket API.
    [Theory]
    [InlineData("\"route_key\": \"sendmessage\"", true)]
    [InlineData("\"route_key\": \"$connect\"", true)]
    [InlineData("\"route_key\": \"$default\", \"route_response_selection_expression\": \"$default\"", true)]
    [InlineData("\"route_key\": \"GET /items\"", false)]
    [InlineData("\"route_key\": \"$default\"", false)] // both kinds have it
    public void An_api_attached_by_id_is_judged_only_when_its_routes_show_a_websocket_api(string route, bool judged)
    {
        var read = TerraformJsonReader.FromJson($$$$"""
            {"data": {"aws_apigatewayv2_api": {"existing": {"api_id": "abc"}}},
             "resource": {"aws_apigatewayv2_route": {"r": {"api_id": "${data.aws_apigatewayv2_api.existing.id}", {{{{route}}}} } } } }
            """);
        Assert.Equal(judged ? ["aws_apigatewayv2_route.r"] : [], read.Routes.Select(r => r.Origin.Address));
    }

    [Fact]
    public void A_stage_reads_its_deployment_from_an_expression_and_auto_deploy_as_false_unknown_or_true()
    {
        var read = TerraformJsonReader.FromJson("""
            {"resource": {"aws_apigatewayv2_api": {"x": {"name": "x", "protocol_type": "WEBSOCKET"}}, "aws_apigatewayv2_stage": {
              "absent": {"api_id": "${aws_apigatewayv2_api.x.id}", "name": "a", "deployment_id": "${try(aws_apigatewayv2_deployment.this[0].id, null)}"},
              "unknown": {"api_id": "${aws_apigatewayv2_api.x.id}", "name": "b", "auto_deploy": "${var.auto}", "deployment_id": "${var.auto ? null : aws_apigatewayv2_deployment.this.id}"},
              "literal": {"api_id": "${aws_apigatewayv2_api.x.id}", "name": "c", "auto_deploy": true, "deployment_id": "${var.blue ? aws_apigatewayv2_deployment.b.id : aws_apigatewayv2_deployment.g.id}"}}}}
            """);
        Assert.Equal(
            new (string?, bool?, string?)[] { ("a", false, "aws_apigatewayv2_deployment.this"), ("c", true, null), ("b", null, "aws_apigatewayv2_deployment.this") },
            read.Stages.Select(s => (s.Name.Value, s.AutoDeploy, s.Deployment)));
    }
}
