using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Model;

/// <summary>
/// Reads a Terraform plan as <c>terraform show -json &lt;planfile&gt;</c> writes it: the planned resource
/// instances, modules and <c>count</c>/<c>for_each</c> expanded, with the values Terraform knows at plan.
/// A value known only at apply is absent from a plan; where the configuration's expression refers to another
/// resource, the reader writes that reference (<c>${module.chat.aws_apigatewayv2_api.this.id}</c>), so rules
/// see which element it names, as they do for Terraform JSON.
/// </summary>
public static partial class TerraformPlanReader
{
    /// <summary>Whether <paramref name="root"/> is a plan's JSON (it has <c>planned_values</c>).</summary>
    public static bool IsPlan(JsonObject root) => root["planned_values"] is JsonObject && root["format_version"] is not null;

    /// <summary>The resources of a plan's JSON; <paramref name="folder"/> is where Terraform ran (relative paths in values).</summary>
    public static TerraformDocument Read(JsonObject plan, string folder)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var planned = new List<(JsonObject Resource, string ModulePath)>();
        Collect(plan["planned_values"]?["root_module"] as JsonObject, planned);
        var byAddress = planned.ToDictionary(p => Text(p.Resource["address"]) ?? "", p => p.Resource, StringComparer.Ordinal);
        var configuration = plan["configuration"]?["root_module"] as JsonObject;

        var resources = new List<ResourceInstance>();
        foreach (var (resource, modulePath) in planned)
        {
            if (Text(resource["address"]) is not { } address || Text(resource["type"]) is not { } type) continue;
            var isData = Text(resource["mode"]) == "data";
            var body = Known(resource["values"] as JsonObject);
            var context = new PlanContext(modulePath, resource["index"], ModuleOf(configuration, modulePath), byAddress, configuration);
            if (context.Module?["resources"] is JsonArray configured
                && configured.OfType<JsonObject>().FirstOrDefault(c => Text(c["address"]) == (isData ? "data." : "") + $"{type}.{Text(resource["name"])}") is { } config)
                WriteReferences(body, config["expressions"] as JsonObject, context);
            resources.Add(new ResourceInstance(address, type, body) { IsData = isData });
        }
        var awsRegion = plan["configuration"]?["provider_config"]?["aws"]?["expressions"]?["region"]?["constant_value"]?.DeepClone();
        return new TerraformDocument(folder, resources)
        {
            ReferencedByModules = ModuleReferences(configuration, "").Distinct().ToList(),
            AwsProvider = awsRegion is null ? null : new JsonObject { ["region"] = awsRegion },
        };
    }

    private static void Collect(JsonObject? module, List<(JsonObject, string)> planned)
    {
        if (module is null) return;
        var path = Text(module["address"]) ?? "";
        foreach (var resource in (module["resources"] as JsonArray ?? []).OfType<JsonObject>()) planned.Add((resource, path));
        foreach (var child in (module["child_modules"] as JsonArray ?? []).OfType<JsonObject>()) Collect(child, planned);
    }

    // The configuration of the module at an instance path: module.a["x"].module.b -> module_calls.a.module.module_calls.b.module.
    private static JsonObject? ModuleOf(JsonObject? root, string modulePath)
    {
        var module = root;
        foreach (Match call in ModuleCall().Matches(modulePath))
            module = module?["module_calls"]?[call.Groups["name"].Value]?["module"] as JsonObject;
        return module;
    }

    // Values known at plan, without nulls (Terraform JSON leaves an unset attribute out).
    private static JsonObject Known(JsonObject? values) =>
        new((values ?? []).Where(v => v.Value is not null).Select(v => KeyValuePair.Create(v.Key, (JsonNode?)v.Value!.DeepClone())));

    // A string attribute whose expression refers to one resource is written as that reference: the element it names
    // is what rules need, known or not. A known value keeps its text around the referenced value
    // (integrations/abc -> integrations/${aws_x.y.id}); an unknown one gets the shape the attribute has.
    private static void WriteReferences(JsonObject body, JsonObject? expressions, PlanContext context)
    {
        // A deployment's triggers are hashes in a plan: what they cover is what their expression refers to.
        if (expressions?["triggers"] is JsonObject triggers && context.ResourcesIn(triggers).ToList() is { Count: > 0 } covered)
            body["triggers"] = new JsonObject { ["redeployment"] = "${sha1(jsonencode([" + string.Join(", ", covered) + "]))}" };
        foreach (var (attribute, expression) in expressions ?? [])
        {
            if (attribute == "triggers") continue;
            if (body[attribute] is not (null or JsonValue) || body[attribute] is JsonValue v && !v.TryGetValue<string>(out _)) continue;
            if (context.ResourceReference(expression as JsonObject, attribute) is not { } reference) continue;
            var known = Text(body[attribute]);
            var referenced = context.ValueOf(reference);
            body[attribute] = known is not null && referenced is { Length: > 0 } && known.Contains(referenced, StringComparison.Ordinal)
                ? known.Replace(referenced, "${" + reference + "}", StringComparison.Ordinal)
                : known is null && attribute == "target" ? "integrations/${" + reference + "}"
                : known is null ? "${" + reference + "}"
                : body[attribute];
        }
    }

    private static IEnumerable<string> ModuleReferences(JsonObject? module, string prefix)
    {
        foreach (var (name, call) in module?["module_calls"] as JsonObject ?? [])
        {
            foreach (var (_, expression) in call?["expressions"] as JsonObject ?? [])
                foreach (var reference in References(expression as JsonObject))
                    if (ResourceAttribute().Match(reference) is { Success: true } match) yield return prefix + match.Groups["address"].Value;
            foreach (var nested in ModuleReferences(call?["module"] as JsonObject, $"{prefix}module.{name}.")) yield return nested;
        }
    }

    private static IEnumerable<string> References(JsonObject? expression) =>
        (expression?["references"] as JsonArray ?? []).Select(r => Text(r)).OfType<string>();

    private static string? Text(JsonNode? node) => ResourceConverter.StringOf(node);

    // Where an expression is evaluated: the instance's module path and key, for each.key and count.index.
    private sealed record PlanContext(string ModulePath, JsonNode? Index, JsonObject? Module, IReadOnlyDictionary<string, JsonObject> Planned, JsonObject? Root)
    {
        private string Prefix => ModulePath.Length == 0 ? "" : ModulePath + ".";

        // The one resource attribute an expression refers to, as an instance address; through module variables
        // (var.api_id -> the caller's expression); null when it refers to none or to several. Terraform lists
        // aws_x.y.id and aws_x.y for aws_x.y.id, but only aws_x.y and each.key for aws_x.y[each.key].id: then the
        // attribute is the one the argument takes (api_id takes an id).
        public string? ResourceReference(JsonObject? expression, string argument, int depth = 0)
        {
            var references = References(expression).ToList();
            var named = references.Select(r => ResourceAttribute().Match(r)).Where(m => m.Success)
                .Select(m => (Address: m.Groups["address"].Value, Attribute: (string?)m.Groups["attribute"].Value)).ToList();
            var bare = references.Where(r => BareResource().IsMatch(r) && !named.Any(n => n.Address == r || n.Address.StartsWith(r + "[", StringComparison.Ordinal)))
                .Select(r => (Address: r, Attribute: ImpliedAttribute(argument)));
            var candidates = named.Concat(bare).Where(c => c.Attribute is not null)
                .Select(c => Prefix + Instance(c.Address, references) + "." + c.Attribute).ToHashSet(StringComparer.Ordinal);
            foreach (var reference in references)
                if (depth < 20 && Through(reference, argument, depth + 1) is { } passed) candidates.Add(passed);
            return candidates.Count == 1 ? candidates.First() : null;
        }

        // var.x: the expression the calling module passes; module.m.x: the expression of the called module's output.
        private string? Through(string reference, string argument, int depth)
        {
            if (VariableReference().Match(reference) is { Success: true } variable && Caller() is var (caller, call))
                return caller.Module?["module_calls"]?[call]?["expressions"]?[variable.Groups["name"].Value] is JsonObject passedOn
                    ? caller.ResourceReference(passedOn, argument, depth)
                    : null;
            if (OutputReference().Match(reference) is { Success: true } output
                && Module?["module_calls"]?[output.Groups["name"].Value]?["module"] is JsonObject called
                && called["outputs"]?[output.Groups["output"].Value]?["expression"] is JsonObject value)
            {
                var path = $"{Prefix}module.{output.Groups["name"].Value}{output.Groups["key"].Value}";
                return new PlanContext(path, null, called, Planned, Root).ResourceReference(value, argument, depth);
            }
            return null;
        }

        // The attribute of a referenced resource that an argument takes, for the arguments the model reads.
        private static string? ImpliedAttribute(string argument) => argument switch
        {
            "api_id" or "route_id" or "integration_id" or "target" or "authorizer_id" or "deployment_id" => "id",
            "integration_uri" or "authorizer_uri" => "invoke_arn",
            "source_arn" => "execution_arn",
            "function_name" => "function_name",
            _ => null,
        };

        // The resource instances an expression refers to (directly; not through variables).
        public IEnumerable<string> ResourcesIn(JsonObject expression)
        {
            var references = References(expression).ToList();
            return references.Select(r => ResourceAttribute().Match(r) is { Success: true } m ? m.Groups["address"].Value : BareResource().IsMatch(r) ? r : null)
                .OfType<string>().Select(a => Prefix + Instance(a, references)).Distinct();
        }

        // The value of a referenced attribute when the plan knows it.
        public string? ValueOf(string reference)
        {
            var dot = reference.LastIndexOf('.');
            return Planned.TryGetValue(reference[..dot], out var resource) ? Text(resource["values"]?[reference[(dot + 1)..]]) : null;
        }

        // aws_x.y[each.key] lists aws_x.y and each.key: the instance with this instance's key, when that one exists.
        private string Instance(string address, IReadOnlyList<string> references)
        {
            if (address.EndsWith(']') || Index is null) return address;
            var keyed = address + "[" + Expansion.KeyText(Index is JsonValue n && n.TryGetValue<int>(out var i) ? new NumberValue(i) : new StringValue(Text(Index) ?? "")) + "]";
            var usesKey = references.Contains("each.key") || references.Contains("each.value") || references.Contains("count.index");
            return usesKey && Planned.ContainsKey(Prefix + keyed) ? keyed : address;
        }

        // The module that calls this one, with the call's key (each.key in the call's expressions), and the call's name.
        private (PlanContext Context, string Call)? Caller()
        {
            var calls = ModuleCall().Matches(ModulePath);
            if (calls.Count == 0) return null;
            var last = calls[^1];
            var parentPath = ModulePath[..Math.Max(0, last.Index - 1)];
            var key = last.Groups["key"].Success ? JsonNode.Parse(last.Groups["key"].Value) : null;
            return (new PlanContext(parentPath, key, ModuleOf(Root, parentPath), Planned, Root), last.Groups["name"].Value);
        }
    }

    [GeneratedRegex(@"module\.(?<name>[A-Za-z0-9_-]+)(\[(?<key>""[^""]*""|\d+)\])?")]
    private static partial Regex ModuleCall();

    // aws_x.y.id, aws_x.y["k"].id, data.aws_x.y.id: a resource and one of its attributes.
    [GeneratedRegex(@"^(?<address>(data\.)?[a-z][a-z0-9]*_[a-z0-9_]*\.[A-Za-z0-9_-]+(\[(""[^""]*""|\d+)\])?)\.(?<attribute>[A-Za-z0-9_]+)$")]
    private static partial Regex ResourceAttribute();

    [GeneratedRegex(@"^(data\.)?[a-z][a-z0-9]*_[a-z0-9_]*\.[A-Za-z0-9_-]+$")]
    private static partial Regex BareResource();

    [GeneratedRegex(@"^module\.(?<name>[A-Za-z0-9_-]+)(?<key>\[(""[^""]*""|\d+)\])?\.(?<output>[A-Za-z0-9_-]+)$")]
    private static partial Regex OutputReference();

    [GeneratedRegex(@"^var\.(?<name>[A-Za-z0-9_-]+)$")]
    private static partial Regex VariableReference();
}
