using System.Text.Json.Nodes;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

// A block's body evaluated into Terraform JSON's shape: attributes as values (null ones left out, pending ones as
// ${...} strings), nested blocks as objects (several of a type as an array), dynamic blocks expanded.
internal static class BodyWriter
{
    private static readonly HashSet<string> s_metaArguments = new(StringComparer.Ordinal) { "count", "for_each", "provider", "depends_on" };
    private static readonly HashSet<string> s_metaBlocks = new(StringComparer.Ordinal) { "lifecycle", "provisioner", "connection", "precondition", "postcondition" };

    public static JsonObject Write(ModuleInstance module, HclBody body, Symbols symbols)
    {
        var written = new JsonObject();
        foreach (var attribute in body.Attributes.Where(a => !s_metaArguments.Contains(a.Name)))
        {
            var value = module.Reading.Evaluate(module, attribute.Expression, symbols);
            if (value is not NullValue) written[attribute.Name] = TerraformJson(value);
        }
        if (body.Attributes.FirstOrDefault(a => a.Name == "depends_on")?.Expression is HclTupleExpr dependsOn)
            written["depends_on"] = new JsonArray(dependsOn.Items.Select(i => (JsonNode?)JsonValue.Create(DependencyOf(module, i, symbols))).ToArray());
        var blocks = new List<(string Type, JsonObject Body)>();
        foreach (var block in body.Blocks.Where(b => !s_metaBlocks.Contains(b.Type)))
        {
            if (block.Type == "dynamic" && block.Labels.Count == 1) blocks.AddRange(Dynamic(module, block, symbols).Select(b => (block.Labels[0].Value, b)));
            else blocks.Add((block.Type, Write(module, block.Body, symbols)));
        }
        foreach (var group in blocks.GroupBy(b => b.Type))
            written[group.Key] = group.Count() == 1 ? group.Single().Body : new JsonArray(group.Select(b => (JsonNode?)b.Body).ToArray());
        return written;
    }

    // depends_on names resources and modules by address, not by value: module.m is the module, aws_x.y the resource.
    private static string DependencyOf(ModuleInstance module, HclExpression item, Symbols symbols) =>
        item is HclScopeTraversalExpr { Traversal: [HclTraverseRoot { Name: "module" }, ..] } ? module.Prefix + item.SourceText
        : module.Reading.Evaluate(module, item, symbols) is PendingValue { Reference: { } reference } ? reference
        : module.Prefix + item.SourceText;

    // Terraform JSON reads "${" and "%{" in a string as an expression: a known string writes them as "$${" and "%%{".
    private static JsonNode? TerraformJson(TerraformValue value) => value switch
    {
        StringValue s => JsonValue.Create(TemplateText.Escape(s.Value)),
        SequenceValue sequence => new JsonArray(sequence.Items.Select(TerraformJson).ToArray()),
        MappingValue mapping => new JsonObject(mapping.Attributes.Select(a => KeyValuePair.Create(a.Key, TerraformJson(a.Value)))),
        _ => value.ToJson(),
    };

    // dynamic "name" { for_each = ..., iterator = it, content { ... } }: one block per element, it.key and it.value bound.
    private static IEnumerable<JsonObject> Dynamic(ModuleInstance module, HclBlock block, Symbols symbols)
    {
        var forEach = block.Body.Attributes.FirstOrDefault(a => a.Name == "for_each");
        var content = block.Body.Blocks.FirstOrDefault(b => b.Type == "content");
        if (forEach is null || content is null) yield break;
        var collection = module.Reading.Evaluate(module, forEach.Expression, symbols);
        if (collection is not (PendingValue or SequenceValue or MappingValue))
        {
            module.Reading.Note($"{block.Range.Location}: dynamic \"{block.Labels[0].Value}\": for_each must be a collection, not {collection.KindName}; its blocks are left out.");
            yield break;
        }
        if (collection is PendingValue)
        {
            module.Reading.Note($"{block.Range.Location}: dynamic \"{block.Labels[0].Value}\" iterates over a value known only at apply; its blocks are left out.");
            yield break;
        }
        var iterator = block.Body.Attributes.FirstOrDefault(a => a.Name == "iterator")?.Expression is HclScopeTraversalExpr { Traversal: [HclTraverseRoot root] } ? root.Name : block.Labels[0].Value;
        foreach (var (key, value) in ExpressionEvaluator.Elements(collection))
        {
            var element = new MappingValue(new Dictionary<string, TerraformValue> { ["key"] = key, ["value"] = value }, isMap: false);
            yield return Write(module, content.Body, symbols.With(iterator, element));
        }
    }

}
