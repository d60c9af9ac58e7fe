using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

// A variable's value converted to its declared type, as Terraform converts it: a list to a set(string), a
// number to a string, an object's missing optional() attributes filled (null, or their default), its other
// attributes dropped. Values known only at apply stay as they are.
internal static class VariableTypes
{
    public static TerraformValue Convert(TerraformValue value, HclBlock variable, ExpressionEvaluator evaluator) =>
        variable.Body.Attributes.FirstOrDefault(a => a.Name == "type")?.Expression is { } type
            ? To(value, type, evaluator, $"var.{variable.Labels[0].Value}")
            : value;

    private static TerraformValue To(TerraformValue value, HclExpression type, ExpressionEvaluator evaluator, string where)
    {
        if (value is PendingValue or NullValue) return value;
        switch (type)
        {
            case HclScopeTraversalExpr { Traversal: [HclTraverseRoot root] }:
                return root.Name switch
                {
                    "string" => value.AsString() is { } text ? new StringValue(text) : throw Mismatch(where, "string", value),
                    "number" => TerraformFunctions.Call("tonumber", [value]),
                    "bool" => TerraformFunctions.Call("tobool", [value]),
                    _ => value,
                };
            case HclFunctionCallExpr { Name: "list" or "set", Arguments: [var element] } call:
                var items = (value as SequenceValue ?? throw Mismatch(where, call.Name, value)).Items.Select(i => To(i, element, evaluator, where));
                return new SequenceValue(items, call.Name == "set" ? SequenceKind.Set : SequenceKind.List);
            case HclFunctionCallExpr { Name: "map", Arguments: [var element] }:
                var entries = (value as MappingValue ?? throw Mismatch(where, "map", value)).Attributes;
                return new MappingValue(entries.ToDictionary(e => e.Key, e => To(e.Value, element, evaluator, $"{where}[\"{e.Key}\"]"), StringComparer.Ordinal), isMap: true);
            case HclFunctionCallExpr { Name: "object", Arguments: [HclObjectExpr declared] }:
                var attributes = (value as MappingValue ?? throw Mismatch(where, "object", value)).Attributes;
                var converted = new Dictionary<string, TerraformValue>(StringComparer.Ordinal);
                foreach (var item in declared.Items)
                {
                    var name = item.Key.BareName ?? item.Key.SourceText.Trim('"');
                    var (attributeType, optional, @default) = item.Value is HclFunctionCallExpr { Name: "optional" } o
                        ? (o.Arguments[0], true, o.Arguments.Count > 1 ? o.Arguments[1] : null)
                        : (item.Value, false, null);
                    if (attributes.TryGetValue(name, out var given) && given is not NullValue) converted[name] = To(given, attributeType, evaluator, $"{where}.{name}");
                    else if (optional) converted[name] = @default is null ? TerraformValue.Null : To(evaluator.Evaluate(@default, Symbols.Empty), attributeType, evaluator, $"{where}.{name}");
                    else if (given is NullValue) converted[name] = given;
                    else throw new TerraformValueException($"Invalid value for {where}: attribute \"{name}\" is required.");
                }
                return new MappingValue(converted, isMap: false);
            case HclFunctionCallExpr { Name: "tuple", Arguments: [HclTupleExpr elements] }:
                var sequence = value as SequenceValue ?? throw Mismatch(where, "tuple", value);
                if (sequence.Items.Count != elements.Items.Count) throw new TerraformValueException($"Invalid value for {where}: a tuple of {elements.Items.Count} elements is required.");
                return new SequenceValue(sequence.Items.Zip(elements.Items, (item, t) => To(item, t, evaluator, where)), SequenceKind.Tuple);
            default:
                return value;
        }
    }

    private static TerraformValueException Mismatch(string where, string type, TerraformValue value) =>
        new($"Invalid value for {where}: {type} required, not {value.KindName}.");
}
