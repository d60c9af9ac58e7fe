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

    [Fact]
    public void The_flavours_snapshots_differ_only_in_the_asset_hash()
    {
        var (cdktf, cdktn) = (Read("cdktf"), Read("cdktn"));
        Assert.NotEqual(Hash(cdktf), Hash(cdktn));

        foreach (var function in new[] { cdktf, cdktn }.Select(Function))
            (function["filename"], function["source_code_hash"]) = ("{asset}", "{hash}");
        Assert.Equal(cdktf.ToJsonString(), cdktn.ToJsonString());
    }

    private static JsonObject Read(string flavour, [System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, $"{SnapshotStem}.{flavour}.verified.json")))!.AsObject();

    private static JsonObject Function(JsonObject stack) => stack["resource"]!["aws_lambda_function"]!["Handler"]!.AsObject();

    private static string Hash(JsonObject stack) => (string)Function(stack)["source_code_hash"]!;
}
