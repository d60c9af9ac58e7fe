using System.Diagnostics;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Build;

/// <summary>
/// The README's Quick start commands as a user's shell on a developer machine runs them, each a process started
/// here: <c>cd</c> moves the shell; <c>dotnet new</c> uses a template hive of the test's own
/// (<c>--debug:custom-hive</c>), so the user's installed templates are neither read nor changed; for CDK Terrain
/// the app is made with <c>--flavour cdktn</c> and synthesized by <c>cdktn synth</c>, as the README says; the cdktf
/// and cdktn CLIs are the pinned ones of the bindings (cdktn on the Node 22 of its npm folder), <c>wsrr</c> the
/// tool the test installed, <c>wsrr serve</c> on a free port (<c>--port 0</c>).
/// </summary>
/// <remarks>
/// The environment is a user's, not the test run's: no <c>CI</c>, so the app's snapshot test writes its missing
/// snapshot as on a developer's first run (with <c>CI=true</c>, which CI sets, it would fail by design); no
/// <c>CdkFlavour</c> (./build.sh test's); the CLIs quiet as ./build.sh runs them.
/// </remarks>
internal sealed class UserShell(string folder, string hive, string wsrr)
{
    private static readonly string s_cliBin = Path.Combine(Flavour.NodeModules, ".bin");

    /// <summary>Where the next command runs.</summary>
    public string Folder { get; private set; } = folder;

    /// <summary>The process for <paramref name="command"/> (a line of the Quick start, without its comment); null for <c>cd</c>, which moves <see cref="Folder"/>.</summary>
    public ProcessStartInfo? Command(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is ["cd", var to])
        {
            Folder = Path.GetFullPath(Path.Combine(Folder, to));
            return null;
        }
        string[] line = words switch
        {
            ["dotnet", "new", "install", ..] => [.. words, "--debug:custom-hive", hive],
            ["dotnet", "new", "wsrr-app", ..] => [.. words, "--debug:custom-hive", hive, .. Flavour.Name == "cdktn" ? ["--flavour", "cdktn"] : Array.Empty<string>()],
            ["dotnet", ..] => words,
            ["cdktf", .. var args] => [Path.Combine(s_cliBin, Flavour.Name), .. args],
            ["wsrr", "serve"] => [wsrr, "serve", "--port", "0"],
            ["wsrr", .. var args] => [wsrr, .. args],
            _ => throw new InvalidOperationException($"The Quick start has a command this test does not know how to run: {command}"),
        };
        var start = new ProcessStartInfo(line[0]) { WorkingDirectory = Folder };
        foreach (var arg in line[1..]) start.ArgumentList.Add(arg);
        start.Environment.Remove("CI");
        start.Environment.Remove("CdkFlavour");
        // What ./build.sh sets for the CLIs and the SDK (see there).
        start.Environment["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20";
        start.Environment["CHECKPOINT_DISABLE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No MSBuild node or compiler server outlives the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        if (start.Environment.TryGetValue("TF_CLI_CONFIG_FILE", out var config) && !File.Exists(config)) start.Environment.Remove("TF_CLI_CONFIG_FILE");
        // The cdktn CLI fails on Node 20; its npm folder has Node 22 (bindings/build-bindings.sh).
        if (Flavour.Name == "cdktn") start.Environment["PATH"] = s_cliBin + Path.PathSeparator + start.Environment["PATH"];
        return start;
    }
}
