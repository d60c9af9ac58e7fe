using System.Diagnostics;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Build;

/// <summary>
/// <c>./build.sh test</c> and <c>.ci/run</c> accept snapshots only when asked with <c>--accept-snapshots</c>: an
/// <c>ACCEPT_SNAPSHOTS</c> in the environment would otherwise turn every snapshot test green. The real scripts
/// run from a copy of the repository's, with stand-ins on PATH for what they call: <c>dotnet</c> records its
/// arguments and the variable instead of testing, the bindings script does nothing, and <c>sudo</c> and
/// <c>apt-get</c> do nothing (no package is installed by a test).
/// </summary>
public sealed class BuildScriptTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wsrr-build-script-").FullName;

    public BuildScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".ci"));
        Directory.CreateDirectory(Path.Combine(_root, "bindings"));
        Directory.CreateDirectory(Path.Combine(_root, "stand-ins"));
        File.Copy(Path.Combine(Flavour.RepositoryRoot, "build.sh"), Path.Combine(_root, "build.sh"));
        File.Copy(Path.Combine(Flavour.RepositoryRoot, ".ci", "run"), Path.Combine(_root, ".ci", "run"));
        Script(Path.Combine("bindings", "build-bindings.sh"), "exit 0");
        Script(Path.Combine("stand-ins", "dotnet"), """echo "${CdkFlavour:-cdktf} ACCEPT_SNAPSHOTS=${ACCEPT_SNAPSHOTS-unset} $*" >> "$RECORD" """);
        Script(Path.Combine("stand-ins", "sudo"), "exit 0");
        Script(Path.Combine("stand-ins", "apt-get"), "exit 0");
    }

    [Theory]
    [InlineData(".ci/run")]
    [InlineData("./build.sh test")]
    public void An_accept_snapshots_variable_in_the_environment_is_cleared(string command)
    {
        Assert.Equal(
            ["cdktf ACCEPT_SNAPSHOTS=unset test WsRouteResponses.sln -c Release", "cdktn ACCEPT_SNAPSHOTS=unset test WsRouteResponses.sln -c Release"],
            Run(command, acceptInEnvironment: true).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Accept_snapshots_sets_it_for_both_flavours_one_after_the_other_and_passes_the_other_arguments_on()
    {
        Assert.Equal(
            ["cdktf ACCEPT_SNAPSHOTS=1 test WsRouteResponses.sln -c Release --filter Snapshot", "cdktn ACCEPT_SNAPSHOTS=1 test WsRouteResponses.sln -c Release --filter Snapshot"],
            Run("./build.sh test --accept-snapshots --filter Snapshot", acceptInEnvironment: false));
    }

    // The lines the stand-in dotnet recorded, in the order written.
    private string[] Run(string command, bool acceptInEnvironment)
    {
        var record = Path.Combine(_root, "record.txt");
        var start = new ProcessStartInfo("bash", ["-c", command]) { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = Path.Combine(_root, "stand-ins") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["RECORD"] = record;
        start.Environment.Remove("CdkFlavour");
        if (acceptInEnvironment) start.Environment["ACCEPT_SNAPSHOTS"] = "1";
        else start.Environment.Remove("ACCEPT_SNAPSHOTS");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} exited with {process.ExitCode}:\n{output.Result}\n{error}");
        return File.ReadAllLines(record);
    }

    private void Script(string path, string body)
    {
        var file = Path.Combine(_root, path);
        File.WriteAllText(file, "#!/usr/bin/env bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
