using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Bench;

/// <summary>
/// Runs each stack kind (library, hand-written L1 in C#, the same L1 in TypeScript) at each size, one
/// process per run, alternating the kinds within every repetition, and prints the medians as a table.
/// </summary>
internal static partial class Comparison
{
    private sealed record Kind(string Name, Func<int, string, ProcessStartInfo> Start);

    /// <param name="Seconds">Wall time of the whole process.</param>
    /// <param name="BuildMs">Time from after the App (and with it the jsii runtime) exists to the end of synthesis.</param>
    private sealed record Sample(double Seconds, long DotnetKib, long NodeKib, double BuildMs);

    public static int Execute(string[] args)
    {
        var sizes = Option(args, "--sizes", "1,10,100,300").Split(',').Select(int.Parse).ToArray();
        var reps = int.Parse(Option(args, "--reps", "3"), CultureInfo.InvariantCulture);
        var repo = FindRepository();
        var self = typeof(Comparison).Assembly.Location;
        var node = Path.Combine(repo, ".bindings", "npm", "node_modules");
        Kind[] kinds =
        [
            new("library", (n, outdir) => Dotnet(self, "library", n, outdir)),
            new("l1", (n, outdir) => Dotnet(self, "l1", n, outdir)),
            new("typescript", (n, outdir) => new ProcessStartInfo("node", [Path.Combine(repo, "bench", "ts", "bench.js"), $"{n}", outdir]) { Environment = { ["NODE_PATH"] = node } }),
        ];

        var samples = new Dictionary<(string Kind, int N), List<Sample>>();
        for (var rep = 0; rep < reps; rep++)
            foreach (var n in sizes)
                for (var k = 0; k < kinds.Length; k++)
                {
                    var kind = kinds[(k + rep) % kinds.Length]; // rotate who goes first
                    var outdir = Path.Combine(Path.GetTempPath(), $"wsrr-bench-{kind.Name}-{n}");
                    var sample = Run(kind.Start(n, outdir));
                    if (rep == 0) CheckOutput(outdir, n);
                    (samples.TryGetValue((kind.Name, n), out var list) ? list : samples[(kind.Name, n)] = []).Add(sample);
                    Console.Error.WriteLine($"rep {rep + 1}/{reps} {kind.Name,-10} N={n,3}: {sample.Seconds:0.00} s (build+synth {sample.BuildMs:0} ms), dotnet {sample.DotnetKib / 1024} MiB, node {sample.NodeKib / 1024} MiB");
                }

        Console.WriteLine(Table(sizes, reps, samples));
        return 0;
    }

    private static string Table(int[] sizes, int reps, Dictionary<(string Kind, int N), List<Sample>> samples)
    {
        double Median(string kind, int n) => MedianOf(samples[(kind, n)].Select(s => s.Seconds));
        double BuildMedian(string kind, int n) => MedianOf(samples[(kind, n)].Select(s => s.BuildMs));
        // The cost of one more route at this size: the slope of build+synth from the previous size.
        string Marginal(string kind, int n)
        {
            var i = Array.IndexOf(sizes, n);
            return i == 0 ? "" : $"{(BuildMedian(kind, n) - BuildMedian(kind, sizes[i - 1])) / (n - sizes[i - 1]):0.0} ms";
        }
        string Peak(string kind, int n) => $"{samples[(kind, n)].Max(s => s.DotnetKib) / 1024} / {samples[(kind, n)].Max(s => s.NodeKib) / 1024}";

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Median wall time of {reps} runs per cell, one process per run; per route = slope of the build+synth median from the previous N; peak memory MiB of the dotnet / node process (largest run).");
        table.AppendLine();
        table.AppendLine("Wall time includes process start-up (for C#: .NET, and the jsii runtime loading the 130 MB AWS provider into Node, about 4 s with ±0.5 s run-to-run noise); build+synth is the time after the cdktf App exists, where the kinds differ.");
        table.AppendLine();
        table.AppendLine("| N routes | wall: library | C# L1 | TS L1 | library / L1 | build+synth: library | C# L1 | TS L1 | library / L1 | per route: library | C# L1 | TS L1 | peak MiB library | C# L1 | TS L1 |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var n in sizes)
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {n} | {Median("library", n):0.00} s | {Median("l1", n):0.00} s | {Median("typescript", n):0.00} s | {Median("library", n) / Median("l1", n):0.00} " +
                $"| {BuildMedian("library", n):0} ms | {BuildMedian("l1", n):0} ms | {BuildMedian("typescript", n):0} ms | {BuildMedian("library", n) / BuildMedian("l1", n):0.00} " +
                $"| {Marginal("library", n)} | {Marginal("l1", n)} | {Marginal("typescript", n)} | {Peak("library", n)} | {Peak("l1", n)} | {Peak("typescript", n)} |");
        return table.ToString();
    }

    private static Sample Run(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} failed:\n{stdout}\n{stderr.Result}");
        var peak = PeakLine().Match(stdout);
        return new(seconds, long.Parse(peak.Groups[1].Value), long.Parse(peak.Groups[2].Value), double.Parse(peak.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Every kind must synthesize the same resources: 4 per route plus the API.</summary>
    private static void CheckOutput(string outdir, int n)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(outdir, "stacks", "bench", "cdk.tf.json")))!;
        var counts = json["resource"]!.AsObject().ToDictionary(t => t.Key, t => t.Value!.AsObject().Count);
        int[] expected = [1, n, n, n, n];
        string[] types = ["aws_apigatewayv2_api", "aws_apigatewayv2_integration", "aws_apigatewayv2_route", "aws_apigatewayv2_route_response", "aws_apigatewayv2_integration_response"];
        if (types.Where((t, i) => counts.GetValueOrDefault(t) != expected[i]).Any() || counts.Count != types.Length)
            throw new InvalidOperationException($"{outdir}: unexpected resources {string.Join(", ", counts)}");
    }

    private static ProcessStartInfo Dotnet(string dll, string kind, int n, string outdir) => new("dotnet", [dll, "run", kind, $"{n}", outdir]);

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WsRouteResponses.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository (see README).");
    }

    [GeneratedRegex(@"peak-kib dotnet=(\d+) node=(\d+) build-ms=(\d+)")]
    private static partial Regex PeakLine();
}
