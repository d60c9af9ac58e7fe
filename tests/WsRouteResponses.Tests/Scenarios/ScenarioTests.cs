using System.Text.Json.Nodes;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Scenarios;

/// <summary>One synthesized stack per scenario of the seeds and the product, each against its verified snapshot.</summary>
public sealed class ScenarioTests
{
    [Fact]
    public void Seed000_lambda_proxy_default_route_two_way()
        => Snapshot.Verify(Stacks.Synth(ScenarioStacks.Seed000_lambda_proxy_default_route_two_way().Stack));

    [Fact]
    public void Seed001_http_non_proxy_with_status_class_responses()
        => Snapshot.Verify(Stacks.Synth(ScenarioStacks.Seed001_http_non_proxy_with_status_class_responses().Stack));

    [Fact]
    public void Seed002_route_response_with_a_model()
        => Snapshot.Verify(Stacks.Synth(ScenarioStacks.Seed002_route_response_with_a_model().Stack));

    [Fact]
    public void Mock_ping_pong()
        => Snapshot.Verify(Stacks.Synth(ScenarioStacks.Mock_ping_pong().Stack));

    [Fact]
    public void Aws_service_integration_to_sqs()
        => Snapshot.Verify(Stacks.Synth(ScenarioStacks.Aws_service_integration_to_sqs().Stack));

    [Fact]
    public void One_way_route()
        => Snapshot.Verify(Stacks.Synth(ScenarioStacks.One_way_route().Stack));

    [Fact]
    public void Attach_to_an_existing_api()
        => Snapshot.Verify(Stacks.Synth(ScenarioStacks.Attach_to_an_existing_api().Stack));

    [Fact]
    public void Adopt_existing_route_and_responses_with_import_blocks()
    {
        var json = Stacks.Synth(ScenarioStacks.Adopt_existing_route_and_responses_with_import_blocks().Stack);
        var imports = JsonNode.Parse(json)!["import"]!.AsArray().Select(i => (string?)i!["id"]).Order(StringComparer.Ordinal);
        Assert.Equal(["vaz7da96z6/a1b2c3", "vaz7da96z6/a1b2c3/ir-default", "vaz7da96z6/r0ute1", "vaz7da96z6/r0ute1/rr0001"], imports);
        Snapshot.Verify(json);
    }

    [Fact]
    public void Adopting_into_an_api_created_in_the_stack_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new OneWayRoute(f.Api, "Send", new OneWayRouteProps
        {
            Api = f.Api, RouteKey = "send", Integration = new MockIntegration(),
            Import = new RouteImport { RouteId = "r0ute1" },
        }));
        Assert.Equal(
            "[test/Api/Send] WSR601: The route adopts existing resources, but its API is created in this stack, so its id is only known after apply. " +
            "Fix: attach to the existing API with WebSocketApi.FromApiId(\"<api id>\"), and give the existing integration's id (RouteImport.IntegrationId or ExistingIntegration.FromId) so that import ids are literal.",
            error.Message);
    }
}
