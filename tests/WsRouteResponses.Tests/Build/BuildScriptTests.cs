using System.Diagnostics;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Build;

/// <summary>
/// <c>./build.sh test</c> and <c>.ci/run</c> accept snapshots only when asked with <c>--accept-snapshots</c>: an
/// <c>ACCEPT_SNAPSHOTS</c> in the environment would otherwise turn every snapshot test green. <c>./build.sh
/// pack</c> packs both flavours into one folder; <c>./build.sh cdktf|cdktn</c> run the pinned CLIs quietly. The
/// real scripts run from a copy of the repository's, with stand-ins on PATH for what they call: <c>dotnet</c>
/// records its arguments and the variable instead of testing or packing, the CLIs record how they were run, the
/// bindings script does nothing, and <c>sudo</c> and <c>apt-get</c> do nothing (no package is installed by a test).
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

    [Fact]
    public void Pack_packs_the_solution_on_cdktf_then_only_the_flavoured_packages_on_cdktn_into_one_folder_read_from_where_it_is_run()
    {
        Directory.CreateDirectory(Path.Combine(_root, "work"));
        var output = Path.Combine(_root, "work", "feed");
        var pack = $"pack WsRouteResponses.sln -c Release -o {output} -p:ContinuousIntegrationBuild=true -nologo -clp:NoSummary";
        Assert.Equal(
            [$"cdktf ACCEPT_SNAPSHOTS=unset {pack}", $"cdktn ACCEPT_SNAPSHOTS=unset {pack} -p:FlavouredPackagesOnly=true"],
            Run("cd work && ../build.sh pack --output feed", acceptInEnvironment: false));
        Assert.True(Directory.Exists(output));
    }

    // The pinned CLI runs in the caller's folder, cdktn on the Node 22 of its npm folder (first on PATH) with the
    // cdktn flavour, each with the variables that keep it quiet (docs/packaging.md): a TF_CLI_CONFIG_FILE naming a
    // missing file is dropped, one naming a file is kept.
    [Theory]
    [InlineData("cdktf", "CdkFlavour=unset PATH=stand-ins")]
    [InlineData("cdktn", "CdkFlavour=cdktn PATH=.bindings/cdktn/npm/node_modules/.bin")]
    public void The_cdktf_and_cdktn_commands_run_the_pinned_CLI_quietly_where_they_are_called(string cli, string environment)
    {
        Directory.CreateDirectory(Path.Combine(_root, "work"));
        var bin = Path.Combine(".bindings", cli, "npm", "node_modules", ".bin");
        Directory.CreateDirectory(Path.Combine(_root, bin));
        Script(Path.Combine(bin, cli), "path=${PATH%%:*}; echo \"$(basename \"$0\") $* | dir=${PWD#\"$ROOT\"/} | CdkFlavour=${CdkFlavour-unset} PATH=${path#\"$ROOT\"/} | quiet: $JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION $CHECKPOINT_DISABLE $DOTNET_CLI_TELEMETRY_OPTOUT $DOTNET_NOLOGO | TF_CLI_CONFIG_FILE=${TF_CLI_CONFIG_FILE-unset}\" >> \"$RECORD\"");
        Script(Path.Combine("stand-ins", cli), "exit 1"); // the pinned one must run, not one found on PATH
        var config = Path.Combine(_root, ".terraformrc");
        File.WriteAllText(config, "");
        var ran = $"{cli} synth --json | dir=work | {environment} | quiet: 20 1 1 1";
        Assert.Equal(
            [$"{ran} | TF_CLI_CONFIG_FILE=unset", $"{ran} | TF_CLI_CONFIG_FILE={config}"],
            [.. Run($"cd work && TF_CLI_CONFIG_FILE={config}.missing ../build.sh {cli} synth --json", acceptInEnvironment: false),
             .. Run($"cd work && TF_CLI_CONFIG_FILE={config} ../build.sh {cli} synth --json", acceptInEnvironment: false)]);
    }

    // The lines the stand-ins recorded in this run, in the order written.
    private string[] Run(string command, bool acceptInEnvironment)
    {
        var record = Path.Combine(_root, "record.txt");
        File.Delete(record);
        var start = new ProcessStartInfo("bash", ["-c", command]) { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = Path.Combine(_root, "stand-ins") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["RECORD"] = record;
        start.Environment["ROOT"] = _root;
        foreach (var name in (string[])["CdkFlavour", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "CHECKPOINT_DISABLE", "DOTNET_CLI_TELEMETRY_OPTOUT", "DOTNET_NOLOGO"])
            start.Environment.Remove(name);
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
