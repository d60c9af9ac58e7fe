using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// The built <c>wsrr</c> tool (src/WsRouteResponses.Check, copied beside the tests) run as a process, as a
/// user runs it: its output read as it comes, stopped with a real SIGTERM, killed if a test leaves it running.
/// </summary>
internal sealed class WsrrProcess : IDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _stdout = new(), _stderr = new();

    private WsrrProcess(Process process) => _process = process;

    /// <summary>Starts <c>wsrr</c> with <paramref name="args"/>.</summary>
    public static WsrrProcess Start(params string[] args) => StartCommand("dotnet", [Path.Combine(AppContext.BaseDirectory, "wsrr.dll"), .. args]);

    /// <summary>Starts <paramref name="command"/> (e.g. a <c>wsrr</c> installed by <c>dotnet tool install</c>) with <paramref name="args"/>.</summary>
    public static WsrrProcess StartCommand(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Start(start);
    }

    /// <summary>Starts <paramref name="start"/> (its command, arguments, folder and environment), its output redirected here.</summary>
    public static WsrrProcess Start(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = new Process { StartInfo = start };
        var wsrr = new WsrrProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (wsrr._stdout) wsrr._stdout.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (wsrr._stderr) wsrr._stderr.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return wsrr;
    }

    /// <summary>What it wrote to standard output so far.</summary>
    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    /// <summary>What it wrote to standard error so far.</summary>
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>The URL of <paramref name="stage"/> once <c>serve</c> printed it.</summary>
    public async Task<Uri> UrlAsync(string stage)
    {
        var deadline = DateTime.UtcNow + s_wait;
        Match url;
        while (!(url = Regex.Match(Stdout, $@"^(ws://\S+/{Regex.Escape(stage)})  routes: ", RegexOptions.Multiline)).Success)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"wsrr printed no URL for {stage}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            await Task.Delay(50);
        }
        return new Uri(url.Groups[1].Value);
    }

    /// <summary>Sends SIGTERM, as a service manager or <c>docker stop</c> does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The exit code, once the process ended (and its output was read to the end), waiting at most <paramref name="wait"/> (default 30 s).</summary>
    public async Task<int> ExitCodeAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? s_wait);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
