using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.UserTests;

/// <summary>The helpers an app's own tests use: <see cref="WebSocketTesting"/> and serving a synthesized folder.</summary>
public sealed class WebSocketTestingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wsrr-user-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Snapshot_json_is_sorted_indented_and_ends_with_one_newline()
    {
        var stack = new TerraformStack(Testing.App(), "plain");
        _ = new WebSocketApi(stack, "Chat", new WebSocketApiProps { Name = "chat", RoutesOutput = false });
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig { Region = "us-east-1" });
        var (source, version) = Flavour.Name == "cdktn" ? ("hashicorp/aws", "6.66.0") : ("aws", "6.25.0");
        Assert.Equal($$"""
            {
              "provider": {
                "aws": [
                  {
                    "region": "us-east-1"
                  }
                ]
              },
              "resource": {
                "aws_apigatewayv2_api": {
                  "Chat_26DEB33F": {
                    "name": "chat",
                    "protocol_type": "WEBSOCKET",
                    "route_selection_expression": "$request.body.action"
                  }
                }
              },
              "terraform": {
                "required_providers": {
                  "aws": {
                    "source": "{{source}}",
                    "version": "{{version}}"
                  }
                }
              }
            }

            """.ReplaceLineEndings("\n"), WebSocketTesting.SnapshotJson(stack));
    }

    [Fact]
    public void Snapshot_json_names_asset_hashes_alike_so_a_handler_change_leaves_it_unchanged()
    {
        var (first, firstJson) = LambdaStack("exports.handler = async () => ({ statusCode: 200 });");
        var (second, secondJson) = LambdaStack("exports.handler = async () => ({ statusCode: 201 });");
        Assert.NotEqual(firstJson, secondJson); // the hashes differ in what cdktf writes

        var snapshot = WebSocketTesting.SnapshotJson(first);
        Assert.Equal(snapshot, WebSocketTesting.SnapshotJson(second));
        Assert.Contains("\"filename\": \"assets/Code/{asset-hash}/archive.zip\"", snapshot);
        Assert.Contains("\"source_code_hash\": \"{asset-hash}\"", snapshot);
    }

    [Fact]
    public void A_missing_snapshot_is_written_and_then_matched()
    {
        var stack = Stacks.New();
        // Written as on a developer's machine, whatever CI variable this run has (CI sets CI=true).
        SnapshotFile.Match(WebSocketTesting.SnapshotJson(stack), Path.Combine(_folder, "StackTests.First"), ci: null);
        Assert.Equal(WebSocketTesting.SnapshotJson(stack), File.ReadAllText(Path.Combine(_folder, "StackTests.First.verified.json")));
        WebSocketTesting.MatchSnapshot(Stacks.New(), Path.Combine(_folder, "StackTests.cs"), "First");
        Assert.False(File.Exists(Path.Combine(_folder, "StackTests.First.received.json")));
    }

    [Theory]
    [InlineData("/_/tests/StackTests.cs")]
    [InlineData("StackTests.cs")]
    public void A_test_built_with_deterministic_source_paths_is_told_why_its_snapshot_cannot_be_found(string testFile)
    {
        var error = Assert.Throws<SnapshotMismatchException>(() => WebSocketTesting.MatchSnapshot(Stacks.New(), testFile, "Test"));
        Assert.Equal($"The test's source file is known only as \"{testFile}\" (a build with ContinuousIntegrationBuild=true or deterministic source paths), so its snapshot cannot be found beside it. Build the tests without it, or compare SnapshotJson(stack) with a file of your own.", error.Message);
    }

    [Fact]
    public void A_missing_snapshot_fails_on_ci()
    {
        var stem = Path.Combine(_folder, "StackTests.OnCi");
        var error = Assert.Throws<SnapshotMismatchException>(() => SnapshotFile.Match("{}\n", stem, "TRUE"));
        Assert.Equal($"No snapshot {stem}.verified.json on CI (CI=true). Run the test locally, review the file it writes and commit it; what this run received is in {stem}.received.json.", error.Message);
        Assert.Equal("{}\n", File.ReadAllText(stem + ".received.json"));
        Assert.False(File.Exists(stem + ".verified.json"));
    }

    [Fact]
    public void A_different_stack_fails_with_the_lines_that_differ_and_leaves_what_it_received()
    {
        var stem = Path.Combine(_folder, "StackTests.Changed");
        File.WriteAllText(stem + ".verified.json", "{\n  \"a\": 1\n}\n");
        var error = Assert.Throws<SnapshotMismatchException>(() => SnapshotFile.Match("{\n  \"a\": 2\n}\n", stem, null));
        Assert.Equal(
            $"The stack differs from its snapshot {stem}.verified.json (- verified, + received):\n  {{\n+   \"a\": 2\n-   \"a\": 1\n  }}\n  \n" +
            $"If the change is intended, replace the snapshot with {stem}.received.json.", error.Message);
        Assert.Equal("{\n  \"a\": 2\n}\n", File.ReadAllText(stem + ".received.json"));
    }

    [Fact]
    public void A_relative_path_missing_here_is_found_in_the_nearest_parent_folder()
    {
        var app = Directory.CreateDirectory(Path.Combine(_folder, "app")).FullName;
        var bin = Directory.CreateDirectory(Path.Combine(app, "Tests", "bin", "Release", "net10.0")).FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "cdktf.out"));
        Directory.CreateDirectory(Path.Combine(app, "cdktf.out"));
        Assert.Equal(Path.Combine(app, "cdktf.out"), LocalWebSocketApi.NearestExisting("cdktf.out", bin));

        Directory.CreateDirectory(Path.Combine(bin, "cdktf.out"));
        Assert.Equal("cdktf.out", LocalWebSocketApi.NearestExisting("cdktf.out", bin)); // here first, as given
        var error = Assert.Throws<WsRouteResponses.Model.ConfigurationReadException>(() => LocalWebSocketApi.NearestExisting("no-such.out", bin));
        Assert.Equal($"no-such.out: no such file or folder in {bin} or its parent folders (run cdktf synth first, or pass WebSocketTesting.SynthesizeToFolder(stack)).", error.Message);
    }

    [Fact]
    public async Task A_stack_synthesized_to_a_folder_is_served_with_its_lambda_handler()
    {
        var (stack, _) = LambdaStack("exports.handler = async (event) => ({ statusCode: 200, body: 'echo ' + event.body });", route: true);
        var folder = WebSocketTesting.SynthesizeToFolder(stack);
        try
        {
            await using var local = await LocalWebSocketApi.StartAsync(folder);
            await using var client = await local.ConnectAsync("dev");
            await client.SendAsync("hello");
            Assert.Equal("echo hello", await client.ReceiveAsync(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A Node function whose code is a TerraformAsset of one file; with route, the $default route of an API calls it.
    private (TerraformStack Stack, string Json) LambdaStack(string code, bool route = false)
    {
        var source = Directory.CreateDirectory(Path.Combine(_folder, $"handler-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(source, "index.js"), code);
        var stack = Stacks.New();
        var asset = new TerraformAsset(stack, "Code", new TerraformAssetConfig { Path = source, Type = AssetType.ARCHIVE });
        var function = new LambdaFunction(stack, "Handler", new LambdaFunctionConfig
        {
            FunctionName = "handler", Role = "arn:aws:iam::123456789012:role/handler", Runtime = "nodejs20.x", Handler = "index.handler",
            Filename = asset.Path, SourceCodeHash = asset.AssetHash,
        });
        if (route)
        {
            var api = new WebSocketApi(stack, "Api", new WebSocketApiProps { Name = "api" });
            _ = new TwoWayRoute(api, "Default", new TwoWayRouteProps { RouteKey = "$default", Integration = new LambdaProxyIntegration(LambdaHandler.FromFunction(function)) });
            _ = new WebSocketStage(api, "Dev", new WebSocketStageProps { StageName = "dev" });
        }
        return (stack, Stacks.Synth(stack));
    }
}
