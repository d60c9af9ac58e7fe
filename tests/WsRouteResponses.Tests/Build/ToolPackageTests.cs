using System.Net.WebSockets;
using WsRouteResponses.Local;
using WsRouteResponses.Tests.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Build;

/// <summary>
/// The wsrr tool as a user gets it: the project packed into the WsRouteResponses.Tool package (from the build the
/// tests were built with, into a folder of this test alone), installed from that folder by <c>dotnet tool
/// install</c> with no other package source, and the installed <c>wsrr</c> run: its version, a check report and
/// a served route answering a real WebSocket client.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private const string Repository = "https://github.com/wsrouteresponses/wsrouteresponses";
    private readonly string _root = Directory.CreateTempSubdirectory("wsrr-tool-package-").FullName;

    [Fact]
    public async Task The_packed_tool_installs_as_wsrr_which_prints_the_version_checks_and_serves()
    {
        var feed = Path.Combine(_root, "feed");
        var tools = Path.Combine(_root, "tools");
        var version = LocalPackages.Version;
        await LocalPackages.PackAsync(Path.Combine("src", "WsRouteResponses.Check"), feed);
        Assert.Equal([$"WsRouteResponses.Tool.{version}.nupkg", $"WsRouteResponses.Tool.{version}.snupkg"],
            Directory.EnumerateFiles(feed).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        // The package names the repository and a commit; the symbols' SourceLink maps the sources to that repository
        // at the commit compiled (Directory.Build.targets), whatever the clone's git remote. (The two commits are
        // one in ./build.sh pack; here the build may be older than the last commit.)
        Assert.Matches("^[0-9a-f]{40}$", PackageMetadata.RepositoryCommit(Path.Combine(feed, $"WsRouteResponses.Tool.{version}.nupkg"), Repository));
        Assert.Matches(@"^https://raw\.githubusercontent\.com/wsrouteresponses/wsrouteresponses/[0-9a-f]{40}/\*$",
            PackageMetadata.SourceLinkTarget(Path.Combine(feed, $"WsRouteResponses.Tool.{version}.snupkg"), "tools/net10.0/any/wsrr.pdb"));

        var wsrr = await LocalPackages.InstallToolAsync(feed, tools, version);

        using (var printed = WsrrProcess.StartCommand(wsrr, "--version"))
        {
            Assert.Equal(0, await printed.ExitCodeAsync());
            Assert.Equal(version + "\n", printed.Stdout);
        }

        var fixture = Path.Combine(AppContext.BaseDirectory, "Check", "Fixtures", "WSR102-duplicate-route-key.tf.json");
        using (var check = WsrrProcess.StartCommand(wsrr, "check", fixture))
        {
            Assert.Equal(1, await check.ExitCodeAsync());
            Assert.Equal(File.ReadAllText(Path.ChangeExtension(Path.ChangeExtension(fixture, null), ".expected.txt")), check.Stdout);
            Assert.Equal("", check.Stderr);
        }

        var stack = Path.Combine(_root, "main.tf.json");
        File.WriteAllText(stack, new ApiJson().Mock("ping").Response("ping", "$default", """{"action": "pong"}""").TwoWayRoute("ping", "ping", "ping").ToJson());
        using var serve = WsrrProcess.StartCommand(wsrr, "serve", stack, "--port", "0", "--host", "127.0.0.1");
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(await serve.UrlAsync("dev"), CancellationToken.None);
        await using var client = new LocalClient(socket);
        await client.SendAsync("""{"action": "ping"}""");
        Assert.Equal("""{"action": "pong"}""", await client.ReceiveAsync(TimeSpan.FromSeconds(10)));
        serve.Terminate();
        Assert.Equal(0, await serve.ExitCodeAsync());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
