using System.Diagnostics;
using System.Xml.Linq;
using WsRouteResponses.Tests.Local;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Build;

/// <summary>
/// This checkout's packages as a user gets them: packed into a folder of one test alone (from the build the tests
/// were built with, in this flavour's obj/ and bin/ folders, so that the other flavour's suite packing beside it is
/// not disturbed), and the wsrr tool installed from that folder by <c>dotnet tool install</c>.
/// </summary>
internal static class LocalPackages
{
    private static readonly TimeSpan s_build = TimeSpan.FromMinutes(10);

    /// <summary>The one version of every package: Directory.Build.props.</summary>
    public static string Version { get; } =
        XDocument.Load(Path.Combine(Flavour.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

    /// <summary>
    /// Packs the project in <paramref name="folder"/> (relative to the repository) into <paramref name="feed"/> as the
    /// test run built it (./build.sh pack builds it again, deterministically); the test project references each.
    /// </summary>
    public static Task PackAsync(string folder, string feed, params string[] properties) =>
        SucceedsAsync(Command("dotnet", ["pack", Path.Combine(Flavour.RepositoryRoot, folder), "-c", "Release", "--no-build",
            $"-p:CdkFlavour={Flavour.Name}", "-o", feed, "--disable-build-servers", "-nologo", .. properties]));

    /// <summary>
    /// Installs WsRouteResponses.Tool <paramref name="version"/> into <paramref name="tools"/> with <paramref name="feed"/>
    /// as its only source (no registry), and returns the path of its <c>wsrr</c>. The tool gets its own package folder:
    /// an earlier run's package of the same id and version in the machine's cache does not stand in for this one.
    /// </summary>
    public static async Task<string> InstallToolAsync(string feed, string tools, string version)
    {
        Directory.CreateDirectory(tools);
        var config = Path.Combine(tools, "nuget.config");
        File.WriteAllText(config, """<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /></packageSources></configuration>""");
        await SucceedsAsync(Command("dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, "WsRouteResponses.Tool", "--version", version));
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "wsrr.exe" : "wsrr");
    }

    /// <summary>Runs <paramref name="start"/> to its end and returns its standard output; any other exit code than 0 fails the test with its output.</summary>
    public static async Task<string> SucceedsAsync(ProcessStartInfo start)
    {
        using var process = WsrrProcess.Start(start);
        var code = await process.ExitCodeAsync(s_build);
        Assert.True(code == 0, $"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {code}:\n{process.Stdout}\n{process.Stderr}");
        return process.Stdout;
    }

    private static ProcessStartInfo Command(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }
}
