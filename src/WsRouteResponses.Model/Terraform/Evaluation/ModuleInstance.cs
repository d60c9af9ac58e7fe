using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

/// <summary>
/// One instance of a module (the root, or one instance of a <c>module</c> call): its variables' values, its
/// locals and its child modules' outputs, each evaluated when first needed.
/// </summary>
internal sealed class ModuleInstance
{
    private readonly IReadOnlyDictionary<string, TerraformValue> _inputs;
    private readonly Dictionary<string, TerraformValue> _locals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<(TerraformValue? Key, ModuleInstance Instance)>?> _children = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, TerraformValue>? _outputs;

    /// <summary>An instance of <paramref name="definition"/> at <paramref name="prefix"/> with its inputs.</summary>
    public ModuleInstance(ModuleDefinition definition, string prefix, string callPath, IReadOnlyDictionary<string, TerraformValue> inputs, ModuleReading reading, ModuleInstance? caller = null)
    {
        Caller = caller;
        Definition = definition;
        Prefix = prefix;
        CallPath = callPath;
        _inputs = inputs;
        Reading = reading;
        Evaluator = new ExpressionEvaluator(this);
        var relative = Path.GetRelativePath(reading.RootFolder, definition.Folder).Replace('\\', '/');
        PathModule = relative == "." ? "." : relative;
    }

    /// <summary>The instance whose module call made this one; null for the root.</summary>
    public ModuleInstance? Caller { get; }

    /// <summary>The module's blocks.</summary>
    public ModuleDefinition Definition { get; }

    /// <summary>The address prefix of its resources: empty for the root, <c>module.chat["a"].</c> for an instance.</summary>
    public string Prefix { get; }

    /// <summary>The call names from the root, dotted (<c>chat.stage</c>), as <c>.terraform/modules/modules.json</c> keys them.</summary>
    public string CallPath { get; }

    /// <summary>What <c>path.module</c> is: the module's folder relative to the root (<c>.</c> for the root).</summary>
    public string PathModule { get; }

    /// <summary>The reading this instance belongs to.</summary>
    public ModuleReading Reading { get; }

    /// <summary>Evaluates expressions in this instance.</summary>
    public ExpressionEvaluator Evaluator { get; }

    /// <summary>A path an expression gives (<c>file("${path.module}/x.vtl")</c>), relative to where Terraform runs: the root folder.</summary>
    public string PathOf(string path) => Path.GetFullPath(Path.Combine(Reading.RootFolder, path));

    /// <summary><c>var.name</c>: the input, else the default; pending (and noted) when it has neither.</summary>
    public TerraformValue Variable(string name)
    {
        if (!Definition.Variables.TryGetValue(name, out var block))
            throw new TerraformValueException($"An input variable with the name \"{name}\" has not been declared.");
        // A null input is null (nullable = true, Terraform's default); only a non-nullable variable takes its default then.
        var nullable = block.Body.Attributes.FirstOrDefault(a => a.Name == "nullable") is not { } setting
            || Evaluator.Evaluate(setting.Expression, Symbols.Empty) is not BoolValue { Value: false };
        if (_inputs.TryGetValue(name, out var input) && (input is not NullValue || nullable)) return VariableTypes.Convert(input, block, Evaluator);
        if (block.Body.Attributes.FirstOrDefault(a => a.Name == "default") is { } @default) return VariableTypes.Convert(Evaluator.Evaluate(@default.Expression, Symbols.Empty), block, Evaluator);
        Reading.Note($"{Prefix}var.{name} has no value (no default, tfvars or --var): what depends on it is left unknown.");
        return PendingValue.OfExpression($"var.{name}");
    }

    /// <summary><c>local.name</c>.</summary>
    public TerraformValue Local(string name)
    {
        if (_locals.TryGetValue(name, out var known)) return known;
        if (!Definition.Locals.TryGetValue(name, out var local))
            throw new TerraformValueException($"A local value with the name \"{name}\" has not been declared.");
        if (!_evaluating.Add(name)) throw new TerraformValueException($"local.{name} refers to itself (a cycle of locals).");
        try
        {
            return _locals[name] = Evaluator.Evaluate(local.Expression, Symbols.Empty);
        }
        finally
        {
            _evaluating.Remove(name);
        }
    }

    /// <summary><c>module.name</c>: the outputs of the call's instance (a map of them by key for <c>for_each</c>, a tuple for <c>count</c>).</summary>
    public TerraformValue ModuleOutputs(string name)
    {
        if (!Definition.ModuleCalls.ContainsKey(name)) throw new TerraformValueException($"No module call named \"{name}\" is declared in {ModuleName}.");
        var instances = Children(name);
        if (instances is null) return PendingValue.OfReference($"{Prefix}module.{name}");
        var outputs = instances.Select(i => (i.Key, Value: (TerraformValue)new MappingValue(i.Instance.Outputs(), isMap: false))).ToList();
        var call = Definition.ModuleCalls[name].Body.Attributes;
        return outputs switch
        {
            // count = var.enabled ? 1 : 0 known only at apply: the one instance read is module.x[0].
            [(null, var only)] when call.Any(a => a.Name == "count") => new SequenceValue([only], SequenceKind.Tuple),
            [(null, _)] when call.Any(a => a.Name == "for_each") => PendingValue.OfReference($"{Prefix}module.{name}"),
            [(null, var only)] => only,
            _ when outputs.All(o => o.Key is NumberValue) => new SequenceValue(outputs.Select(o => o.Value), SequenceKind.Tuple),
            _ => new MappingValue(outputs.ToDictionary(o => o.Key!.AsString()!, o => o.Value, StringComparer.Ordinal), isMap: false),
        };
    }

    /// <summary>The instances of a module call, each with its key (null without count or for_each); null when its source cannot be read.</summary>
    public IReadOnlyList<(TerraformValue? Key, ModuleInstance Instance)>? Children(string name)
    {
        if (_children.TryGetValue(name, out var known)) return known;
        _children[name] = null; // an output that needs the call's own outputs reads nothing the second time
        return _children[name] = ModuleCalls.Expand(this, name, Definition.ModuleCalls[name]);
    }

    /// <summary>Every output's value, evaluated once; one Terraform would refuse is pending, and noted.</summary>
    public IReadOnlyDictionary<string, TerraformValue> Outputs() =>
        _outputs ??= Definition.Outputs.ToDictionary(o => o.Key, o => o.Value.Body.Attributes.FirstOrDefault(a => a.Name == "value") is { } value
            ? Reading.Evaluate(this, value.Expression, Symbols.Empty)
            : TerraformValue.Null, StringComparer.Ordinal);

    /// <summary>
    /// The instances of a resource of this module with a known <c>for_each</c> (<c>for_each = aws_x.y</c>,
    /// <c>for k, v in aws_x.y</c>): its keys are known before apply, its attributes are not. Null for any other.
    /// </summary>
    public MappingValue? InstancesOf(string reference)
    {
        var block = Definition.Resources.FirstOrDefault(r => r.Type == "resource" && reference == $"{Prefix}{r.Labels[0].Value}.{r.Labels[1].Value}");
        if (block is null || !_evaluating.Add("expansion " + reference)) return null;
        try
        {
            var expansion = Expansion.Of(this, block.Body, reference);
            return expansion.Condition is null && expansion.Instances.Count > 0 && expansion.Instances.All(i => i.Key is StringValue)
                ? new MappingValue(expansion.Instances.ToDictionary(i => i.Key!.AsString()!, i => (TerraformValue)PendingValue.OfReference($"{reference}[{Expansion.KeyText(i.Key!)}]"), StringComparer.Ordinal), isMap: true)
                : null;
        }
        finally
        {
            _evaluating.Remove("expansion " + reference);
        }
    }

    private string ModuleName => Prefix.Length == 0 ? "the root module" : Prefix.TrimEnd('.');
}
