using System.Runtime.CompilerServices;
using WsRouteResponses.Local;
using WsRouteResponses.Model;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Docs;

/// <summary>
/// Keeps the package readmes true (docs/packages/, each packed as its package's README.md): their C# is the
/// code below, compiled and run here, the constructs example served by the local runtime example with a real
/// client; the tool's example report is what <c>wsrr check</c> gives for that fixture.
/// </summary>
public sealed class PackageReadmeTests
{
    private static string Readme(string package) => Path.Combine(Flavour.RepositoryRoot, "docs", "packages", package + ".md");

    private static string Region(string name, [CallerFilePath] string file = "") => Snippet.Region(name, file);

    private static void Constructs(TerraformStack stack)
    {
        #region constructs
        var api = new WebSocketApi(stack, "Chat", new WebSocketApiProps { Name = "chat" });

        new TwoWayRoute(api, "Ping", new TwoWayRouteProps
        {
            RouteKey = "ping",
            Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, """{"action": "pong"}""")],
        });

        new WebSocketStage(api, "Prod", new WebSocketStageProps { StageName = "prod" });
        #endregion
    }

    private static async Task Local(string cdktfOut)
    {
        #region local
        await using var local = await LocalWebSocketApi.StartAsync(cdktfOut); // e.g. "cdktf.out", after cdktf synth
        await using var client = await local.ConnectAsync("prod");
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(TimeSpan.FromSeconds(5)));
        #endregion
    }

    private static List<string> Model(string path)
    {
        #region model
        var problems = TerraformReader.Read(path) // a *.tf folder, a *.tf.json, cdktf.out or a plan
            .SelectMany(stack => RuleChecks.CheckAll(stack.Configuration))
            .Select(finding => $"{finding.Origin.Address}: {finding.Message}")
            .ToList();
        #endregion
        return problems;
    }

    [Fact]
    public async Task The_constructs_example_of_both_flavours_is_this_code_and_the_local_example_serves_it_ping_pong()
    {
        Assert.Equal("using HashiCorp.Cdktf;\nusing WsRouteResponses;\n\n" + Region("constructs"), Snippet.Block(Readme("WsRouteResponses"), "constructs"));
        Assert.Equal("using Io.Cdktn;\nusing WsRouteResponses;\n\n" + Region("constructs"), Snippet.Block(Readme("WsRouteResponses.Cdktn"), "constructs"));
        Assert.Equal("using WsRouteResponses.Local;\n\n" + Region("local"), Snippet.Block(Readme("WsRouteResponses.Local"), "local"));

        var stack = Stacks.New("package-readme");
        Constructs(stack);
        await Stacks.InSynthesizedFolder(stack, Local);
    }

    [Fact]
    public void The_model_example_is_this_code_and_names_a_duplicate_route_key()
    {
        Assert.Equal("using WsRouteResponses.Model;\n\n" + Region("model"), Snippet.Block(Readme("WsRouteResponses.Model"), "model"));
        Assert.Equal(
            ["aws_apigatewayv2_route.ping_again: WSR102: Route key \"ping\" is already used by aws_apigatewayv2_route.ping. Fix: give each route of an API its own route key; to answer one key in two ways use integration responses or a template selection expression."],
            Model(Path.Combine(AppContext.BaseDirectory, "Check", "Fixtures", "WSR102-duplicate-route-key.tf.json")));
    }

    [Fact]
    public void The_tool_readme_shows_the_report_check_gives_for_a_duplicate_route_key()
    {
        var report = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Check", "Fixtures", "WSR102-duplicate-route-key.expected.txt"));
        Assert.Contains("```\n" + report + "```\n", File.ReadAllText(Readme("WsRouteResponses.Tool")).ReplaceLineEndings("\n"));
    }
}
