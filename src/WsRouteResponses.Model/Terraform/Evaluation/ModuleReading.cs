using System.Text.Json.Nodes;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

/// <summary>
/// What one read of a Terraform project shares: the root folder (where Terraform runs), the module folders
/// read so far, the modules <c>terraform init</c> installed, and the notes for the user (a module not
/// installed, a variable without a value, an expression Terraform would refuse).
/// </summary>
internal sealed class ModuleReading(string rootFolder)
{
    private readonly Dictionary<string, ModuleDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private Dictionary<string, string>? _installed;

    /// <summary>The root module's folder, absolute.</summary>
    public string RootFolder { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootFolder));

    /// <summary>The notes so far, each once.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Adds a note, unless it was made already.</summary>
    public void Note(string note)
    {
        if (!_notes.Contains(note)) _notes.Add(note);
    }

    /// <summary>The module in <paramref name="folder"/>, read once.</summary>
    /// <exception cref="ConfigurationReadException">A file of it cannot be read or is not valid HCL.</exception>
    public ModuleDefinition Definition(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return _definitions.TryGetValue(full, out var known) ? known : _definitions[full] = ModuleDefinition.Read(full, RootFolder);
    }

    /// <summary>The folder <c>terraform init</c> installed a module call in (key <c>chat.stage</c>), or null.</summary>
    public string? InstalledFolder(string callPath)
    {
        _installed ??= ReadInstalled();
        return _installed.TryGetValue(callPath, out var folder) ? folder : null;
    }

    /// <summary>
    /// The value of <paramref name="expression"/>; one Terraform would refuse becomes pending, with a note
    /// naming the file, line and column, so a check goes on and says what it could not read.
    /// </summary>
    public TerraformValue Evaluate(ModuleInstance instance, HclExpression expression, Symbols symbols)
    {
        try
        {
            return instance.Evaluator.Evaluate(expression, symbols);
        }
        catch (EvaluationException e)
        {
            Note($"{e.Message} (left unknown)");
            return PendingValue.OfExpression(expression.SourceText);
        }
    }

    // .terraform/modules/modules.json: {"Modules": [{"Key": "chat", "Source": "...", "Dir": ".terraform/modules/chat"}]}.
    private Dictionary<string, string> ReadInstalled()
    {
        var installed = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = Path.Combine(RootFolder, ".terraform", "modules", "modules.json");
        if (!File.Exists(file)) return installed;
        try
        {
            foreach (var module in (JsonNode.Parse(File.ReadAllText(file))?["Modules"] as JsonArray ?? []).OfType<JsonObject>())
                if (ResourceConverter.StringOf(module["Key"]) is { Length: > 0 } key && ResourceConverter.StringOf(module["Dir"]) is { } dir)
                    installed[key] = Path.GetFullPath(Path.Combine(RootFolder, dir));
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
        {
            Note($"{file}: cannot be read ({e.Message}); modules installed by terraform init are not read.");
        }
        return installed;
    }
}
