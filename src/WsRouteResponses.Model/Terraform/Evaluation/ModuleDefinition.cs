using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

/// <summary>
/// The blocks of one Terraform module folder (its <c>*.tf</c> and <c>*.tf.json</c> files; override files
/// merged into the blocks they name, as Terraform merges them), unevaluated.
/// </summary>
internal sealed class ModuleDefinition
{
    private ModuleDefinition(string folder)
    {
        Folder = folder;
    }

    /// <summary>The folder, absolute.</summary>
    public string Folder { get; }

    /// <summary><c>variable</c> blocks by name.</summary>
    public Dictionary<string, HclBlock> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary><c>locals</c> attributes by name.</summary>
    public Dictionary<string, HclAttribute> Locals { get; } = new(StringComparer.Ordinal);

    /// <summary><c>output</c> blocks by name.</summary>
    public Dictionary<string, HclBlock> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary><c>resource</c> and <c>data</c> blocks, in file order.</summary>
    public List<HclBlock> Resources { get; } = [];

    /// <summary><c>module</c> blocks by name.</summary>
    public Dictionary<string, HclBlock> ModuleCalls { get; } = new(StringComparer.Ordinal);

    /// <summary><c>provider</c> blocks.</summary>
    public List<HclBlock> Providers { get; } = [];

    /// <summary>Parses every <c>*.tf</c> file of <paramref name="folder"/>, overrides last; files are named relative to <paramref name="rootFolder"/>, as Terraform names them.</summary>
    /// <exception cref="ConfigurationReadException">A file cannot be read or is not valid HCL.</exception>
    public static ModuleDefinition Read(string folder, string rootFolder)
    {
        var definition = new ModuleDefinition(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var files = Directory.EnumerateFiles(folder, "*.tf").Concat(Directory.EnumerateFiles(folder, "*.tf.json")).Order(StringComparer.Ordinal).ToList();
        // Terraform reads override files after the others and merges their blocks into the ones they name.
        foreach (var file in files.Where(f => !IsOverride(f))) definition.Add(Parse(file, rootFolder), isOverride: false);
        foreach (var file in files.Where(IsOverride)) definition.Add(Parse(file, rootFolder), isOverride: true);
        return definition;
    }

    private static HclBody Parse(string file, string rootFolder)
    {
        try
        {
            var name = Path.GetRelativePath(rootFolder, file).Replace('\\', '/');
            return file.EndsWith(".json", StringComparison.Ordinal) ? JsonConfigurationFile.Read(file, name) : HclParser.Parse(File.ReadAllText(file), name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationReadException($"{file}: cannot be read: {e.Message}");
        }
    }

    private static bool IsOverride(string file) => Path.GetFileName(file) is var name
        && (name is "override.tf" or "override.tf.json" || name.EndsWith("_override.tf", StringComparison.Ordinal) || name.EndsWith("_override.tf.json", StringComparison.Ordinal));

    private void Add(HclBody file, bool isOverride)
    {
        foreach (var block in file.Blocks)
        {
            var name = block.Labels.Count > 0 ? block.Labels[^1].Value : "";
            switch (block.Type)
            {
                case "variable": Variables[name] = Merge(Variables.GetValueOrDefault(name), block, isOverride); break;
                case "output": Outputs[name] = Merge(Outputs.GetValueOrDefault(name), block, isOverride); break;
                case "module": ModuleCalls[name] = Merge(ModuleCalls.GetValueOrDefault(name), block, isOverride); break;
                case "provider": Providers.Add(block); break;
                case "locals":
                    foreach (var local in block.Body.Attributes) Locals[local.Name] = local;
                    break;
                case "resource" or "data" when block.Labels.Count == 2:
                    var index = Resources.FindIndex(r => r.Type == block.Type && r.Labels[0].Value == block.Labels[0].Value && r.Labels[1].Value == name);
                    if (index < 0) Resources.Add(block);
                    else Resources[index] = Merge(Resources[index], block, isOverride);
                    break;
            }
        }
    }

    // An override's attributes replace the original's, its nested blocks replace those of the same type.
    private static HclBlock Merge(HclBlock? original, HclBlock block, bool isOverride)
    {
        if (original is null || !isOverride) return block;
        var attributes = original.Body.Attributes.Where(a => block.Body.Attributes.All(o => o.Name != a.Name)).Concat(block.Body.Attributes).ToList();
        var blocks = original.Body.Blocks.Where(b => block.Body.Blocks.All(o => o.Type != b.Type)).Concat(block.Body.Blocks).ToList();
        return original with { Body = original.Body with { Attributes = attributes, Blocks = blocks } };
    }
}
