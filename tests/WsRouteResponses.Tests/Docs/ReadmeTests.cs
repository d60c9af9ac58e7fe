using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ChatApi;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Docs;

/// <summary>
/// Keeps the README and docs/constructs.md true: their C# snippets are the code below, compiled and synthesized
/// here; the README's rule table lists every rule.
/// </summary>
public sealed partial class ReadmeTests
{
    private static void Usage(TerraformStack stack)
    {
        #region usage
        var api = new WebSocketApi(stack, "Chat", new WebSocketApiProps { Name = "chat" });

        new TwoWayRoute(api, "SendMessage", new TwoWayRouteProps
        {
            RouteKey = "sendmessage",
            Integration = new HttpIntegration(new HttpIntegrationProps { Uri = "https://backend.example.com/messages" }),
            IntegrationResponses =
            [
                IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(2), """{"status": "sent"}"""),
                IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(4), """{"status": "rejected"}"""),
                IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, """{"status": "error"}"""),
            ],
        });

        new WebSocketStage(api, "Prod", new WebSocketStageProps { StageName = "prod" });
        #endregion
    }

    internal static void RawL1(TerraformStack stack, string apiId)
    {
        #region raw-l1
        var integration = new Apigatewayv2Integration(stack, "Integration", new Apigatewayv2IntegrationConfig
        {
            ApiId = apiId,
            IntegrationType = "MOCK",
            RequestTemplates = new Dictionary<string, string> { ["$default"] = """{"statusCode": 200}""" },
            TemplateSelectionExpression = "\\$default",                      // a bare $default is refused
            Lifecycle = new TerraformResourceLifecycle { CreateBeforeDestroy = true }, // replaced before routes leave it
        });
        var integrationResponse = new Apigatewayv2IntegrationResponse(stack, "IntegrationResponse", new Apigatewayv2IntegrationResponseConfig
        {
            ApiId = apiId,
            IntegrationId = integration.Id,
            IntegrationResponseKey = "$default",             // forget it and nothing is sent back
            ResponseTemplates = new Dictionary<string, string> { ["$default"] = """{"action": "pong"}""" },
            TemplateSelectionExpression = "\\$default",
            Lifecycle = new TerraformResourceLifecycle { CreateBeforeDestroy = true },
        });
        var route = new Apigatewayv2Route(stack, "Route", new Apigatewayv2RouteConfig
        {
            ApiId = apiId,
            RouteKey = "ping",
            Target = $"integrations/{integration.Id}",
            RouteResponseSelectionExpression = "$default",   // half of "two-way"...
            DependsOn = [integrationResponse],               // never deployed before it can answer
        });
        new Apigatewayv2RouteResponse(stack, "RouteResponse", new Apigatewayv2RouteResponseConfig
        {
            ApiId = apiId,
            RouteId = route.Id,
            RouteResponseKey = "$default",                   // ...and the other half
        });
        #endregion
    }

    private static void WithLibrary(WebSocketApi api)
    {
        #region with-library
        new TwoWayRoute(api, "Ping", new TwoWayRouteProps
        {
            RouteKey = "ping",
            Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, """{"action": "pong"}""")],
        });
        #endregion
    }

    /// <summary>The <c>using</c> lines each README snippet shows first, which are all it needs.</summary>
    private const string LibraryUsings = "using HashiCorp.Cdktf;\nusing WsRouteResponses;\n\n";

    private const string ProviderUsings = """
        using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Integration;
        using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2IntegrationResponse;
        using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2Route;
        using HashiCorp.Cdktf.Providers.Aws.Apigatewayv2RouteResponse;


        """;

    private static async Task LocalTest(string cdktfOut)
    {
        #region local-test
        await using var local = await LocalWebSocketApi.StartAsync(cdktfOut); // e.g. "cdktf.out", after cdktf synth
        await using var client = await local.ConnectAsync("prod");
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(TimeSpan.FromSeconds(5)));
        #endregion
    }

    #region user-tests
    public sealed class ChatStackTests
    {
        [Fact]
        public void The_stack_matches_its_snapshot()
        {
            var json = WebSocketTesting.SnapshotJson(new ChatStack(Testing.App(), "chat"));
            Assert.Equal(File.ReadAllText("ChatStack.verified.json"), json); // or give json to any snapshot tool
        }

        [Fact]
        public async Task Ping_answers_pong()
        {
            var folder = WebSocketTesting.SynthesizeToFolder(new ChatStack(Testing.App(), "chat"));
            await using var local = await LocalWebSocketApi.StartAsync(folder);
            await using var client = await local.ConnectAsync("prod");
            await client.SendAsync("""{"action": "ping"}""");
            Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(TimeSpan.FromSeconds(5)));
        }
    }
    #endregion

    /// <summary>The README's complete test class is the one above, which xunit runs (its snapshot: Docs/ChatStack.&lt;flavour&gt;.verified.json).</summary>
    [Fact]
    public void The_readme_user_tests_are_this_code()
    {
        Assert.Equal(LibraryUsings.TrimEnd('\n') + "\nusing WsRouteResponses.Local;\n\n" + Region("user-tests"), ReadmeBlock("user-tests"));
    }

    [Fact]
    public async Task The_readme_local_runtime_test_is_this_code_and_passes()
    {
        Assert.Equal("using WsRouteResponses.Local;\n\n" + Region("local-test"), ReadmeBlock("local-test"));
        await Stacks.InSynthesizedFolder(new ChatApi.ChatStack(Testing.App(), "chat-api"), LocalTest);
    }

    [Fact]
    public void The_readme_usage_snippet_is_this_code_and_synthesizes()
    {
        Assert.Equal(LibraryUsings + Region("usage"), ReadmeBlock("usage"));
        var stack = Stacks.New();
        Usage(stack);
        var json = Stacks.Synth(stack);
        Assert.Equal(3, Stacks.Resources(json, "aws_apigatewayv2_integration_response").Count);
        Assert.Single(Stacks.Resources(json, "aws_apigatewayv2_stage"));
    }

    [Fact]
    public void The_side_by_side_snippets_are_this_code_and_synthesize_the_same_resources()
    {
        Assert.Equal("using HashiCorp.Cdktf;\n" + ProviderUsings + Region("raw-l1"), ReadmeBlock("raw-l1", ConstructsDoc));
        Assert.Equal(LibraryUsings + Region("with-library"), ReadmeBlock("with-library", ConstructsDoc));

        var raw = Stacks.New("raw");
        RawL1(raw, "a1b2c3d4e5");
        var library = Stacks.New("library");
        WithLibrary(WebSocketApi.FromApiId(library, "Api", "a1b2c3d4e5", new WebSocketApiOptions { RoutesOutput = false }));

        Assert.Equal(Bodies(Stacks.Synth(raw)), Bodies(Stacks.Synth(library)));
    }

    [Fact]
    public void The_readme_rule_table_lists_every_rule_with_its_severity()
    {
        var readme = File.ReadAllText(Path.Combine(Flavour.RepositoryRoot, "README.md"));
        foreach (var rule in Rules.All)
            Assert.Matches(new Regex($@"^\| `{rule.Id}` \| {rule.Severity.ToString().ToLowerInvariant()} \|", RegexOptions.Multiline), readme);
        Assert.Equal(Rules.All.Count, Regex.Matches(readme, @"^\| `WSR\d{3}` \|", RegexOptions.Multiline).Count);
    }

    /// <summary>The resources by type, with references (which name construct paths) and metadata blanked.</summary>
    private static string Bodies(string json)
    {
        var resources = System.Text.Json.Nodes.JsonNode.Parse(json)!["resource"]!.AsObject()
            .SelectMany(type => type.Value!.AsObject().Select(resource =>
            {
                var body = resource.Value!.AsObject().DeepClone().AsObject();
                body.Remove("//");
                if (body["depends_on"] is System.Text.Json.Nodes.JsonArray dependsOn) body["depends_on"] = dependsOn.Count; // addresses differ
                return $"{type.Key} {Regex.Replace(Snapshot.Normalize(body.ToJsonString()), @"\$\{[^}]*\}", "REF")}";
            }))
            .Order(StringComparer.Ordinal);
        return string.Join("\n", resources);
    }

    private static string Region(string name, [CallerFilePath] string file = "") => Snippet.Region(name, file);

    /// <summary>Where the side-by-side snippets live: the README links to them.</summary>
    private const string ConstructsDoc = "docs/constructs.md";

    /// <summary>The ```csharp block that follows the marker comment <c>&lt;!-- snippet: name --&gt;</c> in the README, or in <paramref name="file"/>.</summary>
    private static string ReadmeBlock(string name, string file = "README.md") => Snippet.Block(Path.Combine(Flavour.RepositoryRoot, file), name);
}
