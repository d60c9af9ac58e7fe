using System.Text.Json;
using System.Text.Json.Nodes;
using WsRouteResponses.Model;
using WsRouteResponses.Tests.Scenarios;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Model;

/// <summary>
/// The same stack written as Terraform JSON and as HCL (<c>cdktf synth --hcl</c>) reads into the same model:
/// the HCL reader evaluates what the JSON spells out. Construct paths, which only the JSON carries, and the
/// HCL's file positions are left out of the comparison. (HCL synthesis is switched by a process-wide
/// variable, so these run alone, with the HCL output tests.)
/// </summary>
[Collection(HclOutputCollection.Name)]
public sealed class HclRoundTripTests
{
    public static TheoryData<string> Stacks => new(ScenarioStacks.All.Keys.Append("example"));

    [Theory]
    [MemberData(nameof(Stacks))]
    public void A_stack_in_hcl_reads_as_the_same_stack_in_json(string name)
    {
        var fromJson = TerraformJsonReader.FromJson(Support.Stacks.Synth(HclOutputTests.Build(name)));
        var folder = Directory.CreateTempSubdirectory("wsrr-hcl-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "main.tf"), HclOutputTests.SynthHcl(() => HclOutputTests.Build(name)));
            var document = HclConfigurationReader.Read(folder);
            Assert.Empty(document.Notes);
            Assert.Equal(Dump(fromJson.All), Dump(ConfigurationBuilder.Build(document).All));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Dump(IEnumerable<Definition> definitions) => Snapshot.Normalize(new JsonArray(definitions
        .Select(d => d with { Origin = new Origin(d.Origin.Address) })
        .Select(d => new JsonObject { ["kind"] = d.GetType().Name, ["value"] = JsonSerializer.SerializeToNode(d, d.GetType()) })
        .ToArray()).ToJsonString());
}
