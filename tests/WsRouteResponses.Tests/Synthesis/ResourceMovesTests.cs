using System.Text.Json.Nodes;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Synthesis;

/// <summary>The moved blocks of renamed and moved constructs (their apply is in <c>Api/ApplyOrderTests</c>).</summary>
public sealed class ResourceMovesTests
{
    private static void Ping(WebSocketApi api, string id, string? renamedFrom) => _ = new TwoWayRoute(api, id, new TwoWayRouteProps
    {
        RouteKey = "ping", Integration = new MockIntegration(), RenamedFrom = renamedFrom,
        IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{}")],
    });

    private static IReadOnlyList<string> Moves(string json) =>
        (JsonNode.Parse(json)!["moved"]?.AsArray() ?? []).Select(m => $"{m!["from"]} -> {m["to"]}").Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_renamed_route_moves_every_resource_under_it_written_or_materialized(bool materialize)
    {
        var stack = Stacks.New();
        var api = new WebSocketApi(stack, "Api", new WebSocketApiProps { Name = "test", MaterializeResources = materialize });
        Ping(api, "PingPong", renamedFrom: "Ping");
        Assert.Equal(
        [
            $"aws_apigatewayv2_integration.Api_Ping_Integration_{Hash("Api/Ping/Integration")} -> aws_apigatewayv2_integration.Api_PingPong_Integration_{Hash("Api/PingPong/Integration")}",
            $"aws_apigatewayv2_integration_response.Api_Ping_IntegrationResponses_CatchAll_{Hash("Api/Ping/IntegrationResponses/CatchAll")} -> aws_apigatewayv2_integration_response.Api_PingPong_IntegrationResponses_CatchAll_{Hash("Api/PingPong/IntegrationResponses/CatchAll")}",
            $"aws_apigatewayv2_route.Api_Ping_Route_{Hash("Api/Ping/Route")} -> aws_apigatewayv2_route.Api_PingPong_Route_{Hash("Api/PingPong/Route")}",
            $"aws_apigatewayv2_route_response.Api_Ping_RouteResponse_{Hash("Api/Ping/RouteResponse")} -> aws_apigatewayv2_route_response.Api_PingPong_RouteResponse_{Hash("Api/PingPong/RouteResponse")}",
        ], Moves(Stacks.Synth(stack)));
    }

    [Fact]
    public void The_most_specific_move_wins_whenever_it_is_recorded()
    {
        var f = new Fixture();
        Ping(f.Api, "PingPong", renamedFrom: "Ping");
        f.Api.AddMove("Api/Owner/IntegrationResponses", "Api/PingPong/IntegrationResponses");
        var responses = Moves(f.Synth()).Where(m => m.StartsWith("aws_apigatewayv2_integration_response.", StringComparison.Ordinal));
        Assert.Equal([$"aws_apigatewayv2_integration_response.Api_Owner_IntegrationResponses_CatchAll_{Hash("Api/Owner/IntegrationResponses/CatchAll")} -> aws_apigatewayv2_integration_response.Api_PingPong_IntegrationResponses_CatchAll_{Hash("Api/PingPong/IntegrationResponses/CatchAll")}"], responses);
    }

    [Fact]
    public void A_renamed_stage_and_model_move_their_provider_objects()
    {
        var f = new Fixture();
        _ = new WebSocketModel(f.Api, "Pong", new WebSocketModelProps { Name = "Pong", Schema = "{}", RenamedFrom = "PongModel" });
        _ = new WebSocketStage(f.Api, "Production", new WebSocketStageProps { StageName = "prod", AutoDeploy = false, RenamedFrom = "Prod" });
        Ping(f.Api, "Ping", renamedFrom: null);
        Assert.Equal(
        [
            $"aws_apigatewayv2_deployment.Api_Prod_Deployment_{Hash("Api/Prod/Deployment")} -> aws_apigatewayv2_deployment.Api_Production_Deployment_{Hash("Api/Production/Deployment")}",
            $"aws_apigatewayv2_model.Api_PongModel_{Hash("Api/PongModel/Resource")} -> aws_apigatewayv2_model.Api_Pong_{Hash("Api/Pong/Resource")}",
            $"aws_apigatewayv2_stage.Api_Prod_{Hash("Api/Prod/Resource")} -> aws_apigatewayv2_stage.Api_Production_{Hash("Api/Production/Resource")}",
        ], Moves(f.Synth()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Old/Ping")]
    [InlineData("PingPong")]
    public void A_renamed_from_that_is_no_former_id_is_refused(string renamedFrom)
    {
        var f = new Fixture();
        var error = Assert.Throws<ArgumentException>(() => Ping(f.Api, "PingPong", renamedFrom));
        Assert.StartsWith($"[test/Api/PingPong] RenamedFrom is \"{renamedFrom}\"; give the construct id it had before, in the same scope (no '/'), or leave it unset.", error.Message);
    }

    [Fact]
    public void Dependencies_the_library_adds_keep_those_set_on_the_escape_hatch()
    {
        var f = new Fixture();
        var shared = Fixture.Http();
        var route = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps { RouteKey = "send", Integration = shared });
        route.Route.DependsOn = ["aws_apigatewayv2_api.Api_F70053CD"];
        _ = new IntegrationResponseSet(f.Api, "Responses", new IntegrationResponseSetProps
        {
            Integration = route.Integration, Responses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{}")],
        });
        var dependsOn = Stacks.Single(f.Synth(), "aws_apigatewayv2_route")["depends_on"]!.AsArray().Select(d => (string)d!);
        Assert.Equal(["aws_apigatewayv2_api.Api_F70053CD", $"aws_apigatewayv2_integration_response.Api_Responses_CatchAll_{Hash("Api/Responses/CatchAll")}"], dependsOn);
    }

    // cdktf's logical id hash: the first 8 hex digits of MD5 over the path below the stack.
    private static string Hash(string path) =>
        Convert.ToHexString(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(path)))[..8];
}
