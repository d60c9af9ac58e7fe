using System.Globalization;
using System.Text.Json.Nodes;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// A Lambda function of the stack that the runtime runs for real (<c>aws_lambda_function</c> with a
/// <c>nodejs*</c> or <c>python3*</c> runtime and a local <c>filename</c>), with the settings Lambda runs it with.
/// </summary>
/// <param name="Address">Its Terraform address.</param>
/// <param name="Name">Its <c>function_name</c> (the resource name when that is known only at apply).</param>
/// <param name="Runtime">Its <c>runtime</c>, e.g. <c>nodejs20.x</c> or <c>python3.12</c>.</param>
/// <param name="Handler">Its <c>handler</c>, e.g. <c>index.handler</c> (Node.js: file.export; Python: module.function).</param>
/// <param name="Archive">Its code, an absolute path: a zip (the stack's asset, a <c>filename</c>), or the folder or file a <c>data "archive_file"</c> zips.</param>
/// <param name="Environment">Its environment variables as the stack writes them, Terraform expressions included (<see cref="FunctionEnvironment"/> resolves them).</param>
internal sealed partial record StackFunction(string Address, string Name, string Runtime, string Handler, string Archive, IReadOnlyDictionary<string, string> Environment) : LocalFunction(Address)
{
    /// <summary>Its <c>timeout</c> in seconds: Lambda's default is 3.</summary>
    public int TimeoutSeconds { get; init; } = 3;

    /// <summary>Its <c>memory_size</c> in MB: Lambda's default is 128 (reported to the handler, not enforced).</summary>
    public int MemorySize { get; init; } = 128;

    /// <summary>Its <c>reserved_concurrent_executions</c>, or null when unreserved (-1, Terraform's default).</summary>
    public int? ReservedConcurrency { get; init; }

    /// <summary>The region of the stack's <c>aws</c> provider when it is written as a literal, else null.</summary>
    public string? Region { get; init; }

    /// <summary>Whether it runs on a Python runtime (otherwise Node.js).</summary>
    public bool IsPython => Runtime.StartsWith("python", StringComparison.Ordinal);

    /// <summary>The Node.js and Python functions of a configuration; paths of code are relative to its folder.</summary>
    public static IEnumerable<StackFunction> Read(TerraformDocument document)
    {
        var region = Text(document.AwsProvider?["region"]) is { } r && !r.Contains("${", StringComparison.Ordinal) ? r : null;
        foreach (var resource in document.OfType("aws_lambda_function"))
        {
            var function = resource.Body;
            if (Text(function["runtime"]) is not { } runtime
                || !(runtime.StartsWith("nodejs", StringComparison.Ordinal) || runtime.StartsWith("python3", StringComparison.Ordinal))) continue;
            if (Text(function["handler"]) is not { } handler || CodeOf(Text(function["filename"]), document) is not { } filename) continue;
            var variables = (function["environment"]?["variables"] as JsonObject ?? [])
                .Select(v => (v.Key, Value: Text(v.Value)))
                .Where(v => v.Value is not null)
                .ToDictionary(v => v.Key, v => v.Value!);
            var functionName = Text(function["function_name"]) is { } n && !n.Contains("${", StringComparison.Ordinal) ? n : resource.Address.Split('.')[^1];
            yield return new StackFunction(resource.Address, functionName, runtime, handler, Path.GetFullPath(Path.Combine(document.Folder, filename)), variables)
            {
                TimeoutSeconds = Number(function["timeout"]) is > 0 and var timeout ? timeout : 3,
                MemorySize = Number(function["memory_size"]) is > 0 and var memory ? memory : 128,
                ReservedConcurrency = Number(function["reserved_concurrent_executions"]) is >= 0 and var reserved ? reserved : null,
                Region = region,
            };
        }
    }

    // A literal filename, or the source of the data "archive_file" whose output_path it names: Terraform zips that
    // source at plan; the runtime runs it as it is (a folder, or one file).
    private static string? CodeOf(string? filename, TerraformDocument document)
    {
        if (filename is null || !filename.Contains("${", StringComparison.Ordinal)) return filename;
        if (ArchiveOutput().Match(filename) is not { Success: true } match) return null;
        var archive = document.Resources.FirstOrDefault(r => r.IsData && r.Address == match.Groups["address"].Value)?.Body;
        var source = Text(archive?["source_dir"]) ?? Text(archive?["source_file"]);
        return source is not null && !source.Contains("${", StringComparison.Ordinal) ? source : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\$\{(?<address>(module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.)*data\.archive_file\.[A-Za-z0-9_-]+(\[[^\]]*\])?)\.output_path\}$")]
    private static partial System.Text.RegularExpressions.Regex ArchiveOutput();

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // A number as Terraform JSON may write it: 10 or "10"; null for an expression.
    private static int? Number(JsonNode? node) => node is not JsonValue value ? null
        : value.TryGetValue<int>(out var number) ? number
        : value.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number) ? number : null;
}
