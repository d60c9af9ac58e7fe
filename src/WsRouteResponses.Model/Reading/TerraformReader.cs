using System.Text.Json.Nodes;

namespace WsRouteResponses.Model;

/// <summary>
/// Reads the configurations at a path, whatever Terraform wrote there: a <c>cdktf.out/</c> folder (every stack
/// of its <c>manifest.json</c>), a folder of <c>*.tf</c> files (a Terraform project, read by
/// <see cref="HclConfigurationReader"/>) or one of its files, a <c>cdk.tf.json</c> or any <c>*.tf.json</c>
/// file, a folder of <c>*.tf.json</c> files (one module), or a plan as <c>terraform show -json</c> writes it. References between resources
/// are resolved to the elements they name; anything else known only at apply stays unknown.
/// </summary>
public static class TerraformReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="path">What to read.</param>
    /// <param name="variables">Values for a Terraform project's root variables (<c>--var</c>, <c>--var-file</c>). Default: none.</param>
    /// <exception cref="ConfigurationReadException">The path does not exist, or a file is not HCL, Terraform JSON or a plan.</exception>
    public static IReadOnlyList<ReadStack> Read(string path, TerraformVariables? variables = null)
    {
        // A .tf file is one file of a module: Terraform reads the whole folder.
        if (File.Exists(path) && path.EndsWith(".tf", StringComparison.Ordinal)) return Read(Path.GetDirectoryName(Path.GetFullPath(path))!, variables);
        if (File.Exists(path)) return [new ReadStack(path, path, FromFile(path))];
        if (!Directory.Exists(path)) throw new ConfigurationReadException($"{path}: no such file or folder.");
        var manifest = Path.Combine(path, "manifest.json");
        if (File.Exists(manifest))
        {
            var stacks = TerraformJsonReader.ParseFile(manifest)["stacks"] as JsonObject;
            if (stacks is null || stacks.Count == 0) throw new ConfigurationReadException($"{manifest}: no stacks.");
            return stacks.Select(stack =>
            {
                var relative = ResourceConverter.StringOf((stack.Value as JsonObject)?["synthesizedStackPath"])
                    ?? throw new ConfigurationReadException($"{manifest}: stack {stack.Key} has no synthesizedStackPath.");
                var file = Path.Combine(path, relative);
                return new ReadStack(stack.Key, file, FromFile(file));
            }).ToList();
        }
        if (Directory.EnumerateFiles(path, "*.tf").Any()) return [new ReadStack(path, path, HclConfigurationReader.Read(path, variables))];
        var files = Directory.EnumerateFiles(path, "*.tf.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ConfigurationReadException($"{path}: no manifest.json, *.tf or *.tf.json files.");
        return [new ReadStack(path, path, TerraformJsonReader.FromRoots(files.Select(TerraformJsonReader.ParseFile).ToList(), Path.GetFullPath(path)))];
    }

    // A plan's paths are relative to where Terraform ran, which is where `terraform show -json` usually writes it.
    private static TerraformDocument FromFile(string file)
    {
        var root = TerraformJsonReader.ParseFile(file);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        return TerraformPlanReader.IsPlan(root) ? TerraformPlanReader.Read(root, folder) : TerraformJsonReader.FromRoots([root], folder);
    }
}
