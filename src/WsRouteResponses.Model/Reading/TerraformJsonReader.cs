using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Model;

/// <summary>
/// Reads Terraform JSON (<c>cdk.tf.json</c>, <c>*.tf.json</c>) into resource instances: each resource as
/// written, <c>count</c> and <c>for_each</c> kept (a literal 0 or empty leaves it out, an expression makes it
/// conditional). <see cref="TerraformReader"/> finds the files.
/// </summary>
public static class TerraformJsonReader
{
    /// <summary>Reads the configuration of Terraform JSON text (one file).</summary>
    /// <exception cref="ConfigurationReadException">The text is not Terraform JSON.</exception>
    public static WebSocketConfiguration FromJson(string json, string name = "(json)") =>
        ConfigurationBuilder.Build(FromRoots([Parse(json, name)], Directory.GetCurrentDirectory()));

    /// <summary>The resources of Terraform JSON files that make one configuration (a stack, a module folder).</summary>
    /// <param name="roots">The files' top-level objects (<see cref="ParseFile"/>).</param>
    /// <param name="folder">The folder relative paths are relative to.</param>
    public static TerraformDocument FromRoots(IReadOnlyList<JsonObject> roots, string folder)
    {
        var resources = new List<ResourceInstance>();
        foreach (var root in roots)
        {
            foreach (var (type, name, body) in Blocks(root["data"]))
                resources.Add(new ResourceInstance($"data.{type}.{name}", type, body) { IsData = true });
            foreach (var (type, name, body) in Blocks(root["resource"]))
            {
                var (existence, condition) = ExistenceOf(body);
                if (existence == Existence.None) continue;
                // cdktf writes {"//": {"metadata": {"path": ...}}}; Terraform JSON also allows a "//" comment string.
                resources.Add(new ResourceInstance($"{type}.{name}", type, body)
                {
                    Condition = condition, ConstructPath = ResourceConverter.StringOf((body["//"] as JsonObject)?["metadata"]?["path"]),
                });
            }
        }
        var referencedByModules = roots.SelectMany(root => Objects(root["module"])).SelectMany(calls => calls.Select(call => call.Value?.ToJsonString() ?? ""))
            .SelectMany(ResourceConverter.AddressesIn).Distinct().ToList();
        // cdktf writes "provider": {"aws": [{...}]}; hand-written JSON may write the object alone. The default one has no alias.
        var awsProvider = roots.SelectMany(root => Objects(root["provider"])).SelectMany(p => Objects(p["aws"])).FirstOrDefault(p => p["alias"] is null);
        return new TerraformDocument(folder, resources) { ReferencedByModules = referencedByModules, AwsProvider = awsProvider };
    }

    private enum Existence { None, Conditional, Certain }

    // Whether a resource has instances: none for a literal count of 0 or an empty for_each; conditional for a
    // count or for_each known only at apply (var.http ? 1 : 0); certain without either, or with a literal one.
    private static (Existence Existence, string? Condition) ExistenceOf(JsonObject body)
    {
        if (body["for_each"] is JsonObject or JsonArray)
            return (body["for_each"] is JsonObject { Count: 0 } or JsonArray { Count: 0 } ? Existence.None : Existence.Certain, null);
        var count = body["count"] switch
        {
            JsonValue number when number.GetValueKind() == JsonValueKind.Number => ModelText.Known(number.ToJsonString()),
            JsonValue text when text.TryGetValue<string>(out var raw) => ModelText.FromTerraform(raw),
            _ => (ModelText?)null,
        };
        if (count is { IsKnown: false })
            return (Existence.Conditional, "count = " + body["count"]!.ToJsonString());
        if (ResourceConverter.StringOf(body["for_each"]) is { } forEach && !ModelText.FromTerraform(forEach).IsKnown)
            return (Existence.Conditional, "for_each = " + forEach);
        return (count?.Value is { } literal && double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == 0
            ? Existence.None
            : Existence.Certain, null);
    }

    // Terraform JSON allows {"type": {"name": {...}}} and arrays of such objects at each level.
    private static IEnumerable<(string Type, string Name, JsonObject Body)> Blocks(JsonNode? section) =>
        Objects(section).SelectMany(s => s).SelectMany(byType => Objects(byType.Value)
            .SelectMany(byName => byName.Select(p => (byType.Key, p.Key, Objects(p.Value).FirstOrDefault() ?? []))));

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => [obj],
        JsonArray array => array.OfType<JsonObject>(),
        _ => [],
    };

    // Terraform merges an object's repeated keys ({"resource": {...}, "resource": {...}}); JsonNode would refuse them.
    private static JsonObject Merged(JsonElement element)
    {
        var merged = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value.ValueKind == JsonValueKind.Object ? Merged(property.Value) : JsonNode.Parse(property.Value.GetRawText());
            if (merged[property.Name] is JsonObject existing && value is JsonObject more) MergeInto(existing, more);
            else merged[property.Name] = value;
        }
        return merged;
    }

    private static void MergeInto(JsonObject target, JsonObject source)
    {
        foreach (var (key, node) in source.ToList())
        {
            source.Remove(key);
            if (target[key] is JsonObject existing && node is JsonObject more) MergeInto(existing, more);
            else target[key] = node;
        }
    }

    /// <summary>A JSON file's top-level object, repeated keys merged as Terraform merges them.</summary>
    /// <exception cref="ConfigurationReadException">The file cannot be read, or is not a JSON object.</exception>
    public static JsonObject ParseFile(string file)
    {
        try
        {
            return Parse(File.ReadAllText(file), file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationReadException($"{file}: {e.Message}");
        }
    }

    /// <summary>Terraform JSON text's top-level object (<paramref name="name"/> names it in messages), repeated keys merged.</summary>
    /// <exception cref="ConfigurationReadException">The text is not a JSON object.</exception>
    public static JsonObject Parse(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? Merged(document.RootElement)
                : throw new ConfigurationReadException($"{name}: not a Terraform JSON object.");
        }
        catch (JsonException e)
        {
            throw new ConfigurationReadException($"{name}: not valid JSON: {e.Message}");
        }
    }
}
