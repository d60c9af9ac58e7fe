using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Tests.Support.Simulation;

/// <summary>
/// A synthesized stack rewritten so that Terraform can apply it without the AWS provider: every resource
/// becomes a built-in <c>terraform_data</c> stand-in with the same references between resources, the
/// same <c>lifecycle</c> and <c>depends_on</c>, its ForceNew attributes (per the provider's schema) in
/// <c>triggers_replace</c> (a change replaces it) and the others in <c>input</c> (a change updates it in
/// place), and its <c>moved</c> blocks between the stand-ins' addresses. Terraform then orders creates,
/// updates, replacements and destroys (and moves) exactly as it would for the real resources, which is
/// what the apply-order tests need.
/// </summary>
internal sealed partial class StandInStack
{
    // From the provider's schemas (internal/service/apigatewayv2/*.go, lambda/permission.go): attributes
    // whose change replaces the resource. Every attribute of a Lambda permission is ForceNew.
    private static readonly Dictionary<string, string[]> s_forceNew = new(StringComparer.Ordinal)
    {
        ["aws_apigatewayv2_api"] = ["protocol_type"],
        ["aws_apigatewayv2_route"] = ["api_id"],
        ["aws_apigatewayv2_route_response"] = ["api_id", "route_id"],
        ["aws_apigatewayv2_integration"] = ["api_id", "integration_type"],
        ["aws_apigatewayv2_integration_response"] = ["api_id", "integration_id"],
        ["aws_apigatewayv2_model"] = ["api_id"],
        ["aws_apigatewayv2_deployment"] = ["api_id", "triggers"],
        ["aws_apigatewayv2_stage"] = ["api_id", "name"],
        ["aws_lambda_function"] = ["function_name"],
    };

    private readonly Dictionary<string, string> _originals;

    private StandInStack(IReadOnlyDictionary<string, JsonObject> resources, string json)
    {
        Resources = resources;
        Json = json;
        _originals = resources.Keys.ToDictionary(StandInAddress, a => a, StringComparer.Ordinal);
    }

    /// <summary>The original resources by address (<c>aws_apigatewayv2_route.x</c>), as synthesized.</summary>
    public IReadOnlyDictionary<string, JsonObject> Resources { get; }

    /// <summary>The stand-in configuration, a <c>main.tf.json</c>.</summary>
    public string Json { get; }

    /// <summary>The stand-in's address for a resource address.</summary>
    public static string StandInAddress(string address) => "terraform_data." + address.Replace(".", "__", StringComparison.Ordinal);

    /// <summary>The resource address for a stand-in's address (of this version or, for a destroyed resource, the previous one).</summary>
    public string OriginalAddress(string standIn) =>
        _originals.TryGetValue(standIn, out var address) ? address : standIn["terraform_data.".Length..].Replace("__", ".", StringComparison.Ordinal);

    /// <summary>The resource addresses a resource refers to.</summary>
    public IReadOnlyList<string> References(string address) =>
        Reference().Matches(Resources[address].ToJsonString()).Select(m => $"{m.Groups["type"].Value}.{m.Groups["name"].Value}").Distinct().ToList();

    /// <exception cref="NotSupportedException">The stack has data sources (their values cannot be stood in for).</exception>
    public static StandInStack From(string synthesizedJson)
    {
        var root = JsonNode.Parse(synthesizedJson)!.AsObject();
        if (root["data"] is not null) throw new NotSupportedException("Stacks with data sources cannot be simulated.");
        var resources = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var standIns = new JsonObject();
        foreach (var (type, ofType) in root["resource"]!.AsObject())
            foreach (var (name, body) in ofType!.AsObject())
            {
                var address = $"{type}.{name}";
                resources[address] = body!.AsObject();
                standIns[StandInAddress(address)["terraform_data.".Length..]] = StandIn(type, body.AsObject());
            }
        var standInRoot = new JsonObject { ["resource"] = new JsonObject { ["terraform_data"] = standIns } };
        if (root["moved"] is JsonArray moves)
            standInRoot["moved"] = new JsonArray(moves.Select(m => (JsonNode)new JsonObject
            {
                ["from"] = StandInAddress((string)m!["from"]!), ["to"] = StandInAddress((string)m["to"]!),
            }).ToArray());
        var json = standInRoot.ToJsonString();
        return new StandInStack(resources, json);
    }

    private static JsonObject StandIn(string type, JsonObject body)
    {
        var forceNew = s_forceNew.GetValueOrDefault(type);
        var replacing = new JsonObject();
        var input = new JsonObject();
        var standIn = new JsonObject();
        foreach (var (name, value) in body)
        {
            switch (name)
            {
                case "//" or "provider":
                    continue;
                case "lifecycle":
                    if (value?["create_before_destroy"] is { } cbd) standIn["lifecycle"] = new JsonObject { ["create_before_destroy"] = cbd.DeepClone() };
                    continue;
                case "depends_on":
                    standIn["depends_on"] = new JsonArray(value!.AsArray().Select(d => (JsonNode)StandInAddress((string)d!)).ToArray());
                    continue;
            }
            var target = forceNew is null || forceNew.Contains(name) ? replacing : input;
            target[name] = Rewrite(value!.DeepClone());
        }
        standIn["triggers_replace"] = replacing;
        standIn["input"] = input;
        return standIn;
    }

    // ${aws_x.y.attr} -> ${terraform_data.aws_x__y.id}; a whole resource (aws_x.y) -> terraform_data.aws_x__y.
    private static JsonNode Rewrite(JsonNode node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(Reference().Replace(text, m =>
            StandInAddress($"{m.Groups["type"].Value}.{m.Groups["name"].Value}") + (m.Groups["attr"].Success ? ".id" : "")))!,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Rewrite(p.Value!.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(i => (JsonNode?)Rewrite(i!.DeepClone())).ToArray()),
        _ => node,
    };

    [GeneratedRegex(@"(?<![\w.:/])(?<type>aws_[a-z0-9_]+)\.(?<name>[A-Za-z0-9_-]+)(?:\.(?<attr>[a-z0-9_]+))?")]
    private static partial Regex Reference();
}
