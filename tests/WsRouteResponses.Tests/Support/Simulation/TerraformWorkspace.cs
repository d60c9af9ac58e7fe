using System.Diagnostics;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Tests.Support.Simulation;

/// <summary>One Terraform operation on a stand-in resource, in the order the apply ran it.</summary>
/// <param name="Address">The original resource address, e.g. <c>aws_apigatewayv2_route.x</c>.</param>
/// <param name="Action"><c>create</c>, <c>update</c> or <c>delete</c>.</param>
/// <param name="Id">The id of the object created, updated or deleted.</param>
internal sealed record ApplyStep(string Address, string Action, string Id)
{
    public override string ToString() => $"{Action} {Address}";
}

/// <summary>
/// A Terraform working directory in which successive versions of a stack (as <see cref="StandInStack"/>s)
/// are applied with the real <c>terraform</c> binary, keeping the state between them, as successive
/// <c>cdktf deploy</c>s do. Runs with <c>-parallelism=1</c>, so that the steps come out in one order the
/// dependency graph allows.
/// </summary>
internal sealed class TerraformWorkspace : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wsrr-apply-").FullName;
    private bool _initialized;

    /// <summary>
    /// The dependency edges of <paramref name="stack"/> as <c>terraform graph</c> draws them: (resource, resource
    /// it depends on), by original address. Terraform creates the second before the first, in every apply.
    /// </summary>
    /// <exception cref="InvalidOperationException">Terraform failed.</exception>
    public IReadOnlySet<(string Resource, string DependsOn)> Graph(StandInStack stack)
    {
        Write(stack);
        return Run("graph").Split('\n')
            .Select(line => line.Trim().Split(" -> "))
            .Where(ends => ends.Length == 2)
            .Select(ends => (stack.OriginalAddress(ends[0].Trim('"')), stack.OriginalAddress(ends[1].Trim(';').Trim('"'))))
            .ToHashSet();
    }

    /// <summary>Applies <paramref name="stack"/> and returns its steps.</summary>
    /// <exception cref="InvalidOperationException">Terraform failed.</exception>
    public IReadOnlyList<ApplyStep> Apply(StandInStack stack)
    {
        Write(stack);
        var output = Run("apply", "-auto-approve", "-input=false", "-json", "-parallelism=1");
        var steps = new List<ApplyStep>();
        var starting = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var message = JsonNode.Parse(line)!;
            if (message["hook"] is not { } hook || hook["resource"]?["addr"] is not { } addr) continue;
            var address = stack.OriginalAddress((string)addr!);
            var action = (string)hook["action"]!;
            switch ((string?)message["type"])
            {
                // A delete names the object when it starts; a create only when it completes.
                case "apply_start" when hook["id_value"] is { } id:
                    starting[address] = (string)id!;
                    break;
                case "apply_complete":
                    steps.Add(new ApplyStep(address, action, (string?)hook["id_value"] ?? starting[address]));
                    break;
            }
        }
        return steps;
    }

    private void Write(StandInStack stack)
    {
        File.WriteAllText(Path.Combine(_directory, "main.tf.json"), stack.Json);
        if (_initialized) return;
        Run("init", "-input=false", "-no-color");
        _initialized = true;
    }

    private string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("terraform") { WorkingDirectory = _directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // No user CLI configuration, no network: the built-in provider needs neither.
        start.Environment["TF_CLI_CONFIG_FILE"] = Path.Combine(_directory, "terraformrc");
        start.Environment["CHECKPOINT_DISABLE"] = "1";
        start.Environment["TF_IN_AUTOMATION"] = "1";
        File.WriteAllText(start.Environment["TF_CLI_CONFIG_FILE"]!, "");
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("terraform could not be started; the apply-order tests need terraform 1.11 on PATH.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"terraform {string.Join(' ', arguments)} took more than 2 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"terraform {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
