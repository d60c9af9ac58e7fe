using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

// A module call's instances: its source found (a local path, or where terraform init installed it), its
// count or for_each expanded, its inputs evaluated in the caller.
internal static class ModuleCalls
{
    private const int MaxDepth = 20;

    public static IReadOnlyList<(TerraformValue? Key, ModuleInstance Instance)>? Expand(ModuleInstance caller, string name, HclBlock call)
    {
        var reading = caller.Reading;
        var address = $"{caller.Prefix}module.{name}";
        var callPath = caller.CallPath.Length == 0 ? name : $"{caller.CallPath}.{name}";
        if (callPath.Count(c => c == '.') >= MaxDepth)
        {
            reading.Note($"{address}: modules nested more than {MaxDepth} deep are not read.");
            return null;
        }
        var source = Attribute(call, "source") is { } s ? reading.Evaluate(caller, s, Symbols.Empty).AsString() : null;
        var folder = source is null ? null
            : source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal) ? Path.Combine(caller.Definition.Folder, source)
            : reading.InstalledFolder(callPath);
        if (folder is null || !Directory.Exists(folder))
        {
            reading.Note($"{address}: the module source \"{source}\" is not installed here (run terraform init, or give a local path); its resources are not checked.");
            return null;
        }
        // A module whose folder is already on the call path calls itself: Terraform would recurse without end.
        for (var ancestor = caller; ancestor is not null; ancestor = ancestor.Caller)
        {
            if (ancestor.Definition.Folder == Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))
            {
                reading.Note($"{address}: the module calls itself (its source is {source}); it is not read again.");
                return null;
            }
        }
        ModuleDefinition definition;
        try
        {
            definition = reading.Definition(folder);
        }
        catch (ConfigurationReadException e)
        {
            reading.Note($"{address}: {e.Message}; its resources are not checked.");
            return null;
        }
        var expansion = Expansion.Of(caller, call.Body, address);
        if (expansion.Condition is not null) reading.Note($"{address}: {expansion.Condition} is known only at apply; its resources are read as one instance that may not exist.");
        return expansion.Instances.Select(instance =>
        {
            var prefix = instance.Key is null ? $"{address}." : $"{address}[{Expansion.KeyText(instance.Key)}].";
            var inputs = call.Body.Attributes.Where(a => a.Name is not ("source" or "version" or "count" or "for_each" or "providers" or "depends_on"))
                .ToDictionary(a => a.Name, a => reading.Evaluate(caller, a.Expression, instance.Symbols), StringComparer.Ordinal);
            return (instance.Key, new ModuleInstance(definition, prefix, callPath, inputs, reading, caller));
        }).ToList();
    }

    private static HclExpression? Attribute(HclBlock block, string name) => block.Body.Attributes.FirstOrDefault(a => a.Name == name)?.Expression;
}
