using System.Text.Json.Nodes;

namespace WsRouteResponses.Local;

/// <summary>A Node.js Lambda function of the stack (<c>aws_lambda_function</c> with <c>runtime nodejs*</c>), which the runtime runs for real.</summary>
/// <param name="Address">Its Terraform address.</param>
/// <param name="Handler">Its <c>handler</c>, e.g. <c>index.handler</c>.</param>
/// <param name="Archive">The zip of its code (the stack's asset), an absolute path.</param>
/// <param name="Environment">Its environment variables as the stack writes them, Terraform expressions included (<see cref="FunctionEnvironment"/> resolves them).</param>
internal sealed record NodeFunction(string Address, string Handler, string Archive, IReadOnlyDictionary<string, string> Environment) : LocalFunction(Address)
{
    /// <summary>The Node.js functions of a synthesized stack file; paths of assets are relative to the file's folder.</summary>
    public static IEnumerable<NodeFunction> Read(string stackFile)
    {
        if (!File.Exists(stackFile) || JsonNode.Parse(File.ReadAllText(stackFile))?["resource"]?["aws_lambda_function"] is not JsonObject functions) yield break;
        foreach (var (name, body) in functions)
        {
            if (body is not JsonObject function || Text(function["runtime"]) is not { } runtime || !runtime.StartsWith("nodejs", StringComparison.Ordinal)) continue;
            if (Text(function["handler"]) is not { } handler || Text(function["filename"]) is not { } filename) continue;
            var variables = (function["environment"]?["variables"] as JsonObject ?? [])
                .Select(v => (v.Key, Value: Text(v.Value)))
                .Where(v => v.Value is not null)
                .ToDictionary(v => v.Key, v => v.Value!);
            yield return new NodeFunction($"aws_lambda_function.{name}", handler, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(stackFile)!, filename)), variables);
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
