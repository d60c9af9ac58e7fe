using System.Text.Json;
using System.Text.Json.Nodes;
using WsRouteResponses.Model;
using WsRouteResponses.Tests.Scenarios;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Model;

/// <summary>
/// The model the constructs build equals the model the reader reads back from their synthesized JSON:
/// one description of an API, whichever side it comes from. (Integrations known only by id, which the
/// constructs declare with their type and the JSON does not describe, are left out of the comparison.)
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Scenarios => new(ScenarioStacks.All.Keys);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_model_read_back_from_a_scenario_is_the_model_its_constructs_built(string scenario)
    {
        var (stack, api) = ScenarioStacks.All[scenario]();
        // The full cdk.tf.json, as cdktf synth writes it: with the construct path of every resource.
        var read = TerraformJsonReader.FromJson(Stacks.FullSynth(stack, "test"));
        Assert.Equal(Dump(api.Configuration.All), Dump(read.All));
    }

    [Fact]
    public void The_model_read_back_from_the_example_is_the_model_its_constructs_built()
    {
        var stack = new ChatApi.ChatStack(Testing.App(), "chat-api");
        var api = Assert.Single(stack.Node.FindAll(Constructs.ConstructOrder.PREORDER).OfType<WebSocketApi>());
        var read = TerraformJsonReader.FromJson(Stacks.FullSynth(stack, "chat-api"));
        var built = api.Configuration;
        Assert.Equal(6, built.Routes.Count);
        Assert.Equal(Dump(built.All), Dump(read.All));
    }

    [Fact]
    public void References_resolve_to_elements_and_templates_read_as_api_gateway_sees_them()
    {
        var stack = new ChatApi.ChatStack(Testing.App(), "chat-api");
        var read = TerraformJsonReader.FromJson(Stacks.Synth(stack));
        var send = read.Routes.Single(r => r.RouteKey.Is("sendmessage"));
        var integration = read.Find<IntegrationDefinition>(send.Integration!.Address)!;
        Assert.Equal("HTTP", integration.Type.Value);
        Assert.Equal("""{"connectionId": "$context.connectionId", "text": $input.json('$.text')}""", integration.RequestTemplates!["$default"].Value);
        var handler = read.Integrations.Single(i => i.Type.Is("AWS_PROXY"));
        Assert.False(handler.Uri!.Value.IsKnown);
        Assert.Equal("aws_lambda_function.Handler.invoke_arn", handler.Uri.Value.Reference);
        Assert.Equal("${integration.response.statuscode}", read.IntegrationResponses.Single(r => r.Key.Is("/2\\d\\d/")).TemplateSelectionExpression!.Value.Value);
        Assert.All(read.Permissions, p => Assert.Equal(send.Api, p.Api));
    }

    private static string Dump(IEnumerable<Definition> definitions) => Snapshot.Normalize(new JsonArray(definitions
        .Where(d => d is not IntegrationDefinition { IsDeclaredOnly: true })
        .Select(d => new JsonObject { ["kind"] = d.GetType().Name, ["value"] = JsonSerializer.SerializeToNode(d, d.GetType()) })
        .ToArray()).ToJsonString());
}
