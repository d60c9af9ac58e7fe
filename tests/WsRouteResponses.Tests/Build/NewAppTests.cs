using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Build;

/// <summary>
/// The README's Quick start, run as written in a folder of its own, on this suite's flavour: the packages packed
/// (the constructs, Model, Local, the tool and the templates), the template installed, an app made, its tests run,
/// synthesized by the real CLI, checked and served by the installed wsrr; then the app broken on purpose, and the
/// CLI's synth failing with the library's one-line error. The README's block must be exactly these commands.
/// </summary>
/// <remarks>
/// The packages get a version of this run alone (<c>0.1.0-newapp-&lt;random&gt;</c>): the app restores through the
/// machine's NuGet cache (so the bindings and xunit are not extracted again), where a package of the same id and
/// version from an earlier run, or from a user's own Quick start, would stand in for the one packed here. Its
/// folders in the cache are deleted after.
/// </remarks>
public sealed partial class NewAppTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] s_quickStart =
    [
        $"dotnet new install packages/WsRouteResponses.Templates.{LocalPackages.Version}.nupkg",
        "dotnet new wsrr-app -n MyChat -o ../MyChat",
        "cd ../MyChat",
        "dotnet test",
        "cdktf synth",
        "wsrr check cdktf.out",
        "wsrr serve",
    ];
    private static readonly string[] s_packageIds = ["WsRouteResponses", "WsRouteResponses.Cdktn", "WsRouteResponses.Model", "WsRouteResponses.Local", "WsRouteResponses.Tool"];
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly string _root = Directory.CreateTempSubdirectory("wsrr-new-app-").FullName;
    private readonly string _version = $"{LocalPackages.Version}-newapp-{Guid.NewGuid():N}";

    [Fact]
    public void The_readme_quick_start_is_the_commands_this_test_runs()
    {
        var block = Snippet.Block(Path.Combine(Flavour.RepositoryRoot, "README.md"), "quick-start", "sh");
        Assert.Equal(s_quickStart, block.Split('\n').Select(line => Regex.Replace(line, @"\s*#.*$", "")));
    }

    [Fact]
    public async Task The_quick_start_makes_an_app_that_tests_synthesizes_checks_and_serves_and_a_broken_route_fails_synth_in_one_line()
    {
        var clock = Stopwatch.StartNew();
        var checkout = Path.Combine(_root, "checkout");
        var feed = Path.Combine(checkout, "packages");
        await PackAsync(feed);
        var shell = new UserShell(checkout, Path.Combine(_root, "hive"), await LocalPackages.InstallToolAsync(feed, Path.Combine(_root, "tools"), _version));
        var packed = clock.Elapsed;
        clock.Restart();

        var installed = await SucceedsAsync(shell, s_quickStart[0].Replace(LocalPackages.Version, _version, StringComparison.Ordinal));
        Assert.Contains($"Success: WsRouteResponses.Templates@{_version} installed the following templates:", installed, StringComparison.Ordinal);
        await SucceedsAsync(shell, s_quickStart[1]);
        // The template's other feeds, as a user on another machine gives them.
        await SucceedsAsync(shell, "dotnet new wsrr-app -n Elsewhere -o ../Elsewhere --packages /opt/wsrr/packages --bindings /opt/wsrr/feed");
        Assert.Equal(["/opt/wsrr/packages", "/opt/wsrr/feed", "https://api.nuget.org/v3/index.json"], GeneratedApp.Sources(Path.Combine(_root, "Elsewhere")));
        await SucceedsAsync(shell, s_quickStart[2]);
        var app = Path.Combine(_root, "MyChat");
        Assert.Equal(app, shell.Folder);
        GeneratedApp.AssertFiles(app, feed, _version);

        var tested = await SucceedsAsync(shell, s_quickStart[3]);
        Assert.Matches(@"(?m)^Passed!  - Failed:     0, Passed:     3, Skipped:     0, Total:     3, ", tested);
        var snapshot = Path.Combine(app, "MyChat.Tests", "ChatStackTests.The_stack_matches_its_snapshot.verified.json");
        Assert.True(File.Exists(snapshot), $"The snapshot test wrote no {snapshot}:\n{tested}");

        await SucceedsAsync(shell, s_quickStart[4]);
        // The snapshot the app's test wrote is the Terraform the real CLI synthesized, less cdktf's metadata and the local backend.
        Assert.Equal(File.ReadAllText(snapshot), StackJson.ForSnapshot(WithoutMetadata(Path.Combine(app, "cdktf.out", "stacks", "mychat", "cdk.tf.json"))));

        Assert.Equal("0 errors, 0 warnings in 1 stack\n", await SucceedsAsync(shell, s_quickStart[5]));

        await ServesAsync(shell, s_quickStart[6]);
        var quickStart = clock.Elapsed;
        clock.Restart();

        // Broken on purpose: the ping route without its integration responses (WSR302), found when cdktf validates.
        var stack = Path.Combine(app, "MyChat", "ChatStack.cs");
        var lines = File.ReadAllLines(stack).ToList();
        Assert.Equal(1, lines.RemoveAll(l => l.Contains("IntegrationResponses = [IntegrationResponse.WithTemplate", StringComparison.Ordinal)));
        File.WriteAllLines(stack, lines);
        var madeAt = lines.FindIndex(l => l.Contains("""new TwoWayRoute(api, "Ping", """, StringComparison.Ordinal)) + 1;
        using var synth = WsrrProcess.Start(shell.Command(s_quickStart[4])!);
        Assert.NotEqual(0, await synth.ExitCodeAsync(TimeSpan.FromMinutes(10)));
        var printed = Ansi().Replace(synth.Stdout + synth.Stderr, "");
        Assert.Equal(
            [$"MyChat/ChatStack.cs:{madeAt}: error: [mychat/Chat/Ping] WSR302: The route's integration is MOCK (non-proxy) and has no integration responses. " +
             "Fix: add IntegrationResponses with at least the catch-all IntegrationResponseKey.Default; without one, API Gateway sends nothing back on this two-way route."],
            AppStderr(printed));
        Assert.DoesNotContain("at Amazon.JSII", printed, StringComparison.Ordinal);
        output.WriteLine($"{Flavour.Name}: packing and installing the tool {packed.TotalSeconds:F0} s, the Quick start " +
            $"(dotnet new install to wsrr serve) {quickStart.TotalSeconds:F0} s, the broken app's synth {clock.Elapsed.TotalSeconds:F0} s");
    }

    // Packs what the app and the tool need, at this run's version, the template's defaults pointing at this feed: the
    // five at once (each mostly the SDK starting and evaluating, which two cores do faster side by side).
    private Task PackAsync(string feed) =>
        Task.WhenAll(new[] { "src/WsRouteResponses", "src/WsRouteResponses.Model", "src/WsRouteResponses.Local", "src/WsRouteResponses.Check", "templates/WsRouteResponses.Templates" }
            .Select(project => LocalPackages.PackAsync(project, feed, $"-p:Version={_version}")));

    private static async Task<string> SucceedsAsync(UserShell shell, string command) =>
        shell.Command(command) is { } start ? await LocalPackages.SucceedsAsync(start) : "";

    // wsrr serve answers a real client: ping from the MOCK integration, anything else from the Node.js handler.
    private static async Task ServesAsync(UserShell shell, string command)
    {
        using var serve = WsrrProcess.Start(shell.Command(command)!);
        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(await serve.UrlAsync("prod"), CancellationToken.None);
            await using var client = new LocalClient(socket);
            await client.SendAsync("""{"action": "ping"}""");
            Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(s_wait));
            await client.SendAsync("hello");
            Assert.Equal("""{"echo":"hello"}""", await client.ReceiveAsync(s_wait));
        }
        serve.Terminate();
        Assert.Equal(0, await serve.ExitCodeAsync());
        Assert.Matches(
            @"\[prod\] (\S+) route ping -> MOCK mock 200; integration response \$default, template \$default\n" +
            @"(.*\n)*\[prod\] \1 route \$default -> AWS_PROXY aws_lambda_function\.Handler 200; proxy: the backend's body sent\n", serve.Stdout);
        Assert.Equal("", serve.Stderr);
    }

    // cdk.tf.json without what cdktf adds and a test's synth does not: the "//" metadata and the local backend (a path).
    private static string WithoutMetadata(string file)
    {
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        json.Remove("//");
        foreach (var type in json["resource"]!.AsObject()) foreach (var resource in type.Value!.AsObject()) resource.Value!.AsObject().Remove("//");
        json["terraform"]!.AsObject().Remove("backend");
        return json.ToJsonString();
    }

    // What the app wrote to standard error, as the CLI repeats it after "Command output on stderr:", one entry a line.
    private static List<string> AppStderr(string printed)
    {
        var at = printed.IndexOf("Command output on stderr:", StringComparison.Ordinal);
        Assert.True(at >= 0, $"The CLI did not show the app's standard error:\n{printed}");
        return printed[(at + "Command output on stderr:".Length)..].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in s_packageIds)
        {
            var folder = Path.Combine(cache, id.ToLowerInvariant(), _version);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
