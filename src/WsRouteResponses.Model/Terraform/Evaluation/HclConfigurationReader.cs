using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

/// <summary>
/// Reads a Terraform project written in HCL (a folder of <c>*.tf</c> files, the root module) into resource
/// instances, evaluating what Terraform knows before a plan: variables (defaults, <c>terraform.tfvars</c>,
/// <c>*.auto.tfvars</c>, <c>--var-file</c>, <c>--var</c>), locals, functions, conditionals, <c>count</c>,
/// <c>for_each</c> and <c>dynamic</c> blocks, and modules (local paths, and those <c>terraform init</c>
/// installed). What depends on a resource attribute or a value without one stays unknown.
/// </summary>
public static class HclConfigurationReader
{
    /// <summary>Reads the root module in <paramref name="folder"/>.</summary>
    /// <param name="folder">The root module's folder.</param>
    /// <param name="variables">Values given on the command line (<c>--var</c>, <c>--var-file</c>). Default: none.</param>
    /// <exception cref="ConfigurationReadException">A file cannot be read or is not valid HCL.</exception>
    public static TerraformDocument Read(string folder, TerraformVariables? variables = null)
    {
        var reading = new ModuleReading(folder);
        var root = reading.Definition(folder);
        var inputs = RootInputs(reading, root, variables ?? TerraformVariables.None);
        var instance = new ModuleInstance(root, "", "", inputs, reading);
        var resources = new List<ResourceInstance>();
        var referencedByModules = new List<string>();
        Collect(instance, resources, referencedByModules);
        var provider = root.Providers.FirstOrDefault(p => p.Labels is [{ Value: "aws" }] && p.Body.Attributes.All(a => a.Name != "alias"));
        return new TerraformDocument(reading.RootFolder, resources)
        {
            ReferencedByModules = referencedByModules.Distinct().ToList(),
            AwsProvider = provider is null ? null : BodyWriter.Write(instance, provider.Body, Symbols.Empty),
            Notes = reading.Notes,
        };
    }

    private static void Collect(ModuleInstance module, List<ResourceInstance> resources, List<string> referencedByModules)
    {
        foreach (var block in module.Definition.Resources)
        {
            var isData = block.Type == "data";
            var (type, name) = (block.Labels[0].Value, block.Labels[1].Value);
            var address = $"{module.Prefix}{(isData ? "data." : "")}{type}.{name}";
            var location = block.Range.Location;
            try
            {
                var expansion = Expansion.Of(module, block.Body, address);
                foreach (var (key, symbols) in expansion.Instances)
                {
                    resources.Add(new ResourceInstance(key is null ? address : $"{address}[{Expansion.KeyText(key)}]", type, BodyWriter.Write(module, block.Body, symbols))
                    {
                        IsData = isData, Condition = expansion.Condition, Location = location with { File = Path.Combine(module.Reading.RootFolder, location.File) },
                    });
                }
            }
            catch (TerraformValueException e)
            {
                // What a value's kind makes Terraform refuse outside an expression (a count of the wrong kind).
                module.Reading.Note($"{location}: {address}: {e.Message} Left out.");
            }
        }
        foreach (var (name, call) in module.Definition.ModuleCalls)
        {
            if (module.Children(name) is { } children)
            {
                foreach (var (_, child) in children) Collect(child, resources, referencedByModules);
                continue;
            }
            // A module that could not be read may create what a rule looks for (a permission for a function it is given).
            foreach (var input in call.Body.Attributes)
                referencedByModules.AddRange(ResourceConverter.AddressesIn(module.Reading.Evaluate(module, input.Expression, Symbols.Empty).ToJson()?.ToJsonString() ?? ""));
        }
    }

    // Terraform's order, later wins: terraform.tfvars(.json), *.auto.tfvars(.json) (by name), --var-file, --var.
    private static Dictionary<string, TerraformValue> RootInputs(ModuleReading reading, ModuleDefinition root, TerraformVariables variables)
    {
        var inputs = new Dictionary<string, TerraformValue>(StringComparer.Ordinal);
        var constants = new ModuleInstance(root, "", "", inputs, reading);
        var files = new[] { "terraform.tfvars", "terraform.tfvars.json" }.Select(f => Path.Combine(reading.RootFolder, f)).Where(File.Exists)
            .Concat(Directory.EnumerateFiles(reading.RootFolder, "*.auto.tfvars*").Where(f => f.EndsWith(".auto.tfvars", StringComparison.Ordinal) || f.EndsWith(".auto.tfvars.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            .Concat(variables.Files);
        foreach (var file in files)
        {
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                foreach (var (name, value) in TerraformJsonReader.ParseFile(file)) inputs[name] = TerraformValue.FromJson(value);
                continue;
            }
            foreach (var attribute in HclParser.ParseFile(file).Attributes)
                inputs[attribute.Name] = reading.Evaluate(constants, attribute.Expression, Symbols.Empty);
        }
        foreach (var (name, text) in variables.Values)
            inputs[name] = IsStringVariable(root, name) ? new StringValue(text) : ValueOf(text, reading, constants);
        foreach (var name in inputs.Keys.Where(n => !root.Variables.ContainsKey(n)).ToList())
            reading.Note($"A value is given for var.{name}, which the root module does not declare.");
        return inputs;
    }

    // --var name=value: a string variable takes the text as it is; any other is the text as an expression ([1, 2]).
    private static bool IsStringVariable(ModuleDefinition root, string name) =>
        !root.Variables.TryGetValue(name, out var block) || block.Body.Attributes.FirstOrDefault(a => a.Name == "type")?.Expression.SourceText is null or "string";

    private static TerraformValue ValueOf(string text, ModuleReading reading, ModuleInstance constants)
    {
        try
        {
            return reading.Evaluate(constants, HclParser.ParseExpression(text, "--var"), Symbols.Empty);
        }
        catch (HclSyntaxException)
        {
            return new StringValue(text);
        }
    }
}
