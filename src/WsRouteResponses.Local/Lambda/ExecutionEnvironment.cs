using System.Diagnostics;
using System.IO.Compression;

namespace WsRouteResponses.Local;

/// <summary>
/// Lays out one execution environment of a function in a temporary folder, as Lambda does: its code
/// unpacked in <c>task/</c> (<c>LAMBDA_TASK_ROOT</c>), the runner in <c>runtime/</c> (<c>LAMBDA_RUNTIME_DIR</c>),
/// and says how to start its process: <c>node runner.mjs</c> or <c>python3 runner.py</c>.
/// </summary>
internal static class ExecutionEnvironment
{
    // The machine's variables a function gets: PATH (to find node or python3), HOME (where the SDKs find
    // their files) and the AWS configuration, which stands for the function's role.
    private static readonly string[] s_passedOn = ["PATH", "HOME", .. FunctionEnvironment.AwsConfigurationVariables];

    /// <summary>Unpacks <paramref name="function"/> into <paramref name="directory"/> and returns how to start it.</summary>
    public static ProcessStartInfo Prepare(StackFunction function, string directory, FunctionEnvironment environment, PythonInterpreter python)
    {
        var task = Directory.CreateDirectory(Path.Combine(directory, "task")).FullName;
        var runtime = Directory.CreateDirectory(Path.Combine(directory, "runtime")).FullName;
        CopyCode(function.Archive, task);
        var runner = Path.Combine(runtime, function.IsPython ? "runner.py" : "runner.mjs");
        Unpack(Path.GetFileName(runner), runner);
        if (!function.IsPython) AddManagementClient(task);
        var start = new ProcessStartInfo(function.IsPython ? python.Path : "node")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = task,
        };
        start.ArgumentList.Add(runner);
        start.ArgumentList.Add(task);
        start.ArgumentList.Add(function.Handler);
        // Only what Lambda gives a function, not the machine's whole environment (a variable the function does
        // not declare would work locally and fail on AWS): PATH to find the runtime, and the machine's AWS
        // configuration, which stands for the function's role.
        start.Environment.Clear();
        foreach (var name in s_passedOn)
            if (Environment.GetEnvironmentVariable(name) is { } value) start.Environment[name] = value;
        foreach (var (name, value) in environment.For(function, task, runtime)) start.Environment[name] = value;
        return start;
    }

    // A zip (a stack's asset, a function's filename), or what a data "archive_file" would zip: a folder or one file.
    private static void CopyCode(string code, string task)
    {
        if (Directory.Exists(code))
        {
            foreach (var file in Directory.EnumerateFiles(code, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(task, Path.GetRelativePath(code, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        else if (!code.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) File.Copy(code, Path.Combine(task, Path.GetFileName(code)));
        else ZipFile.ExtractToDirectory(code, task);
    }

    // The Node.js runtime ships the AWS SDK v3, a local node does not: the one client a WebSocket backend
    // needs gets a stand-in for the local @connections API, unless the function's code has the real one.
    private static void AddManagementClient(string task)
    {
        var sdk = Path.Combine(task, "node_modules", "@aws-sdk", "client-apigatewaymanagementapi");
        if (Directory.Exists(sdk)) return;
        Directory.CreateDirectory(sdk);
        File.WriteAllText(Path.Combine(sdk, "package.json"), """{"name": "@aws-sdk/client-apigatewaymanagementapi", "main": "index.cjs"}""");
        Unpack("management-client.cjs", Path.Combine(sdk, "index.cjs"));
    }

    private static void Unpack(string resource, string path)
    {
        using var source = typeof(ExecutionEnvironment).Assembly.GetManifestResourceStream($"WsRouteResponses.Local.Lambda.{resource}")!;
        using var target = File.Create(path);
        source.CopyTo(target);
    }
}
