using System.Diagnostics;

namespace WsRouteResponses.Local;

/// <summary>
/// The <c>python3</c> that runs Python functions. Lambda's Python runtimes include boto3, so the first of
/// <c>python3</c> on PATH and <c>/usr/bin/python3</c> (where Debian's <c>python3-boto3</c> installs it) that
/// can import boto3 is chosen; when neither can, <c>python3</c> on PATH (a handler that imports boto3 then
/// fails as a missing module does). Chosen once, on the first Python function's start.
/// </summary>
internal sealed class PythonInterpreter
{
    private static readonly string[] s_candidates = ["python3", "/usr/bin/python3"];
    private readonly Lazy<string> _path = new(Choose);

    /// <summary>The interpreter to start.</summary>
    public string Path => _path.Value;

    private static string Choose() => s_candidates.FirstOrDefault(HasBoto3) ?? "python3";

    private static bool HasBoto3(string python)
    {
        try
        {
            // find_spec does not import boto3 (which takes a few hundred ms).
            var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-c", "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('boto3') else 1)" }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start);
            if (process is null) return false;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
