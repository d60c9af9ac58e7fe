using System.Text.Json;
using System.Text.Json.Nodes;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

// A *.tf.json file of a folder that also has *.tf files, as the blocks Terraform reads from it: strings are
// templates ("${var.x}"), other values literal, as Terraform's JSON syntax specification says; a variable's
// default is a literal value, its type an expression. Positions are the file's start (JSON keeps none here).
internal static class JsonConfigurationFile
{
    public static HclBody Read(string file, string name)
    {
        var text = File.ReadAllText(file);
        var root = TerraformJsonReader.Parse(text, file);
        var range = new HclRange(new HclSourceText(name, text), 0, 0);
        var blocks = new List<HclBlock>();
        foreach (var (type, section) in root)
        {
            switch (type)
            {
                case "resource" or "data":
                    foreach (var (resourceType, byName) in Objects(section))
                        foreach (var (resourceName, body) in Objects(byName))
                            blocks.Add(Block(range, type, [resourceType, resourceName], Body(range, body, name)));
                    break;
                case "variable" or "output" or "module":
                    foreach (var (blockName, body) in Objects(section))
                        blocks.Add(Block(range, type, [blockName], type == "variable" ? VariableBody(range, body as JsonObject ?? [], name) : Body(range, body, name)));
                    break;
                case "locals":
                    blocks.Add(Block(range, type, [], Body(range, section, name)));
                    break;
                case "provider":
                    foreach (var (provider, body) in Objects(section))
                        blocks.Add(Block(range, type, [provider], Body(range, body, name)));
                    break;
            }
        }
        return new HclBody(range, [], blocks);
    }

    // {"a": {...}} or [{"a": {...}}, ...], as Terraform JSON allows at each level.
    private static IEnumerable<(string Key, JsonNode? Value)> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Select(p => (p.Key, p.Value)),
        JsonArray array => array.OfType<JsonObject>().SelectMany(o => o.Select(p => (p.Key, p.Value))),
        _ => [],
    };

    private static HclBlock Block(HclRange range, string type, IReadOnlyList<string> labels, HclBody body) =>
        new(range, type, range, labels.Select(l => new HclBlockLabel(range, l, Quoted: true)).ToList(), body);

    private static HclBody Body(HclRange range, JsonNode? body, string name)
    {
        var content = body is JsonArray { Count: > 0 } list ? list[0] as JsonObject : body as JsonObject;
        var attributes = (content ?? []).Where(p => p.Key != "//").Select(p => new HclAttribute(range, p.Key, range,
            p.Key == "depends_on" && p.Value is JsonArray items
                ? new HclTupleExpr(range, items.Select(i => HclParser.ParseExpression(ResourceConverter.StringOf(i) ?? "null", name)).ToList())
                : Expression(range, p.Value, name))).ToList();
        return new HclBody(range, attributes, []);
    }

    private static HclBody VariableBody(HclRange range, JsonObject body, string name) => new(range, body.Select(p => new HclAttribute(range, p.Key, range,
        p.Key == "type" && ResourceConverter.StringOf(p.Value) is { } type ? HclParser.ParseExpression(type, name) : Literal(range, p.Value))).ToList(), []);

    private static HclExpression Expression(HclRange range, JsonNode? node, string name) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => HclParser.ParseTemplate(value.GetValue<string>(), name),
        JsonArray array => new HclTupleExpr(range, array.Select(i => Expression(range, i, name)).ToList()),
        JsonObject obj => new HclObjectExpr(range, obj.Select(p => new HclObjectItem(
            new HclObjectKeyExpr(range, new HclTemplateExpr(range, [new HclTemplateLiteral(range, p.Key)])), Expression(range, p.Value, name))).ToList()),
        _ => Literal(range, node),
    };

    private static HclExpression Literal(HclRange range, JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => new HclTemplateExpr(range, [new HclTemplateLiteral(range, value.GetValue<string>())]),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => new HclLiteralExpr(range, HclLiteralKind.Number, value.GetValue<double>()),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new HclLiteralExpr(range, HclLiteralKind.Bool, value.GetValue<bool>()),
        JsonArray array => new HclTupleExpr(range, array.Select(i => Literal(range, i)).ToList()),
        JsonObject obj => new HclObjectExpr(range, obj.Select(p => new HclObjectItem(
            new HclObjectKeyExpr(range, new HclTemplateExpr(range, [new HclTemplateLiteral(range, p.Key)])), Literal(range, p.Value))).ToList()),
        _ => new HclLiteralExpr(range, HclLiteralKind.Null, null),
    };
}
