using System.Text.Json.Nodes;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Examples;

public sealed class ChatStackTests
{
    private const string SnapshotStem = "ChatStackTests.ChatStack_synthesizes_to_the_verified_snapshot";

    // One snapshot per flavour: cdktn's Testing.App() turns on the canonicalAssetHashes future flag, which
    // changes the Lambda asset's hash (its folder name and source_code_hash), and nothing else.
    [Fact]
    public void ChatStack_synthesizes_to_the_verified_snapshot()
    {
        var stack = new ChatApi.ChatStack(Testing.App(), "chat-api");

        Snapshot.VerifyPerFlavour(Stacks.Synth(stack));
    }

    // The flavours synthesize the same stack but for the asset's hash. What this flavour synthesizes, here, is
    // compared with the other flavour's verified snapshot (./build.sh test runs it on both): accepting a
    // snapshot on one flavour alone cannot let the two drift apart unseen.
    [Fact]
    public void This_flavour_synthesizes_the_other_flavours_snapshot_but_for_the_asset_hash()
    {
        var json = Stacks.Synth(new ChatApi.ChatStack(Testing.App(), "chat-api"));
        var synthesized = JsonNode.Parse(Snapshot.Normalize(Snapshot.WithoutProviders(json, out _).ToJsonString()))!.AsObject();
        var other = Read(Flavour.Name == "cdktf" ? "cdktn" : "cdktf");
        Assert.NotEqual(Hash(synthesized), Hash(other));

        foreach (var function in new[] { synthesized, other }.Select(Function))
            (function["filename"], function["source_code_hash"]) = ("{asset}", "{hash}");
        Assert.Equal(other.ToJsonString(), synthesized.ToJsonString());
    }

    private static JsonObject Read(string flavour, [System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, $"{SnapshotStem}.{flavour}.verified.json")))!.AsObject();

    private static JsonObject Function(JsonObject stack) => stack["resource"]!["aws_lambda_function"]!["Handler"]!.AsObject();

    private static string Hash(JsonObject stack) => (string)Function(stack)["source_code_hash"]!;
}
