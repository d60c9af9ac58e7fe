
namespace WsRouteResponses.Bench;

/// <summary>One synthesis in this process; prints the peak memory of this process and of its Node child.</summary>
internal static class SynthRun
{
    public static int Execute(string kind, int routes, string outdir)
    {
        var app = new App(new AppConfig { Outdir = outdir }); // starts the jsii runtime (Node), the same for every kind
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stack = new TerraformStack(app, "bench");
        _ = new AwsProvider(stack, "aws", new AwsProviderConfig { Region = "us-east-1" });
        switch (kind)
        {
            case "library": Stacks.Library(stack, routes); break;
            case "l1": Stacks.L1(stack, routes); break;
            default: throw new ArgumentException($"Unknown stack kind '{kind}' (library, l1).");
        }
        app.Synth();
        var buildAndSynth = clock.Elapsed.TotalMilliseconds;
        // Read while the jsii Node process is still alive (it exits with this process).
        Console.WriteLine($"peak-kib dotnet={PeakMemory.OfProcess(Environment.ProcessId)} node={PeakMemory.OfDescendants(Environment.ProcessId)} build-ms={buildAndSynth:0}");
        return 0;
    }
}

/// <summary>Peak resident memory (VmHWM) from /proc.</summary>
internal static class PeakMemory
{
    public static long OfProcess(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException) { return 0; }
    }

    /// <summary>The largest peak among the descendants of <paramref name="pid"/> (jsii runs Node under a small Node launcher).</summary>
    public static long OfDescendants(int pid) =>
        Children(pid).Select(child => Math.Max(OfProcess(child), OfDescendants(child))).DefaultIfEmpty(0).Max();

    private static IEnumerable<int> Children(int pid) =>
        Directory.EnumerateDirectories($"/proc/{pid}/task")
            .SelectMany(task => File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)
            .ToList();
}
