using System.Text.Json.Nodes;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Model;

/// <summary>
/// Plans as <c>terraform show -json</c> writes them (the shape checked with Terraform 1.11 on a plan of
/// <c>terraform_data</c> resources in a module with <c>for_each</c>: instance addresses, <c>index</c>,
/// <c>child_modules</c>, per-module configuration with <c>references</c>, values unknown at plan left out).
/// </summary>
public sealed class TerraformPlanReaderTests
{
    private static readonly string s_plan = Path.Combine(AppContext.BaseDirectory, "Check", "Fixtures", "plan-module-for-each.plan.json");

    [Fact]
    public void Instances_of_modules_and_for_each_name_each_other_through_the_configurations_references()
    {
        var read = Assert.Single(TerraformReader.Read(s_plan)).Configuration;
        const string Api = "module.chat.aws_apigatewayv2_api.this";
        Assert.Equal([Api], read.Apis.Select(a => a.Key));
        // route_id = aws_apigatewayv2_route.this[each.key].id is listed as aws_apigatewayv2_route.this and each.key.
        Assert.Equal(
            [
                ("module.chat.aws_apigatewayv2_route.this[\"ping\"]", Api, "module.chat.aws_apigatewayv2_integration.this[\"ping\"]"),
                ("module.chat.aws_apigatewayv2_route.this[\"sendmessage\"]", Api, "module.chat.aws_apigatewayv2_integration.this[\"sendmessage\"]"),
            ],
            read.Routes.Select(r => (r.Origin.Address, r.Api, r.Integration?.Address)));
        Assert.Equal(
            ["module.chat.aws_apigatewayv2_route.this[\"ping\"]", "module.chat.aws_apigatewayv2_route.this[\"sendmessage\"]"],
            read.RouteResponses.Select(r => r.Route));
        Assert.Equal("module.chat.aws_apigatewayv2_integration.this[\"ping\"]", Assert.Single(read.IntegrationResponses).Integration.Address);
        // A nested module's variable (api_id = var.api_id) is the caller's expression; a module output the called module's.
        var stage = Assert.Single(read.Stages);
        Assert.Equal(("module.chat.module.stage.aws_apigatewayv2_stage.this", Api, "prod"), (stage.Origin.Address, stage.Api, stage.Name.Value));
        Assert.Equal(Api, Assert.Single(read.Permissions).Api);
    }

    [Fact]
    public void A_value_known_at_plan_keeps_its_text_around_the_reference_it_came_from()
    {
        // Resources that exist already: their ids are known, and the route's target is their text.
        var plan = JsonNode.Parse("""
            {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
              {"address": "aws_apigatewayv2_api.chat", "mode": "managed", "type": "aws_apigatewayv2_api", "name": "chat",
               "values": {"id": "a1b2", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
              {"address": "aws_apigatewayv2_integration.ping", "mode": "managed", "type": "aws_apigatewayv2_integration", "name": "ping",
               "values": {"id": "i9", "api_id": "a1b2", "integration_type": "MOCK"}},
              {"address": "aws_apigatewayv2_route.ping", "mode": "managed", "type": "aws_apigatewayv2_route", "name": "ping",
               "values": {"id": "r5", "api_id": "a1b2", "route_key": "ping", "target": "integrations/i9"}}]}},
             "configuration": {"root_module": {"resources": [
              {"address": "aws_apigatewayv2_integration.ping", "mode": "managed", "type": "aws_apigatewayv2_integration", "name": "ping",
               "expressions": {"api_id": {"references": ["aws_apigatewayv2_api.chat.id", "aws_apigatewayv2_api.chat"]}}},
              {"address": "aws_apigatewayv2_route.ping", "mode": "managed", "type": "aws_apigatewayv2_route", "name": "ping",
               "expressions": {"api_id": {"references": ["aws_apigatewayv2_api.chat.id", "aws_apigatewayv2_api.chat"]},
                               "target": {"references": ["aws_apigatewayv2_integration.ping.id", "aws_apigatewayv2_integration.ping"]}}}]}}}
            """)!.AsObject();
        Assert.True(TerraformPlanReader.IsPlan(plan));
        var document = TerraformPlanReader.Read(plan, "/work");
        var route = document.Resources.Single(r => r.Address == "aws_apigatewayv2_route.ping").Body;
        Assert.Equal("integrations/${aws_apigatewayv2_integration.ping.id}", route["target"]!.GetValue<string>());
        Assert.Equal("${aws_apigatewayv2_api.chat.id}", route["api_id"]!.GetValue<string>());
        var configuration = ConfigurationBuilder.Build(document);
        Assert.Equal(("aws_apigatewayv2_api.chat", "aws_apigatewayv2_integration.ping"), (configuration.Routes[0].Api, configuration.Routes[0].Integration?.Address));
    }
}
