using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// One rendering of a template, as Velocity 1.7 runs it: one scope of variables (#set inside a loop or a macro is
/// global), #foreach with <c>$foreach</c>, <c>$velocityCount</c> and <c>$velocityHasNext</c>, macros whose arguments
/// are passed by name, #define, #evaluate, #break and #stop, within <see cref="VtlLimits"/>.
/// </summary>
internal sealed partial class VtlRenderer
{
    private readonly Dictionary<DefinedBlock, int> _rendering = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, object?> _scope;
    private readonly Dictionary<string, MacroDefinition> _macros;
    private readonly VtlLimits _limits;
    private readonly VtlBudget _budget;
    private StringBuilder _output = new();
    private int _macroDepth;
    private ForeachScope? _loop;

    /// <summary>A renderer for one message: its variables, the template's macros (a copy: #macro in #evaluate adds to it) and the limits.</summary>
    public VtlRenderer(IReadOnlyDictionary<string, object?> variables, IReadOnlyDictionary<string, MacroDefinition> macros, VtlLimits limits)
    {
        _scope = new Dictionary<string, object?>(variables, StringComparer.Ordinal);
        _macros = new Dictionary<string, MacroDefinition>(macros, StringComparer.Ordinal);
        _limits = limits;
        _budget = new VtlBudget(limits);
    }

    /// <summary>Renders <paramref name="nodes"/>: the output, up to a #stop.</summary>
    /// <exception cref="VtlException">A call threw, or a limit was passed.</exception>
    public string Run(IReadOnlyList<VtlNode> nodes)
    {
        try
        {
            Render(nodes);
        }
        catch (StopSignal)
        {
            // #stop: what was written stays.
        }
        catch (BreakSignal)
        {
            // #break outside a loop ends the template, as in Velocity.
        }
        return _output.ToString();
    }

    private void Render(IReadOnlyList<VtlNode> nodes)
    {
        foreach (var node in nodes)
        {
            CheckTime();
            switch (node)
            {
                case TextNode text: Write(text.Text); break;
                case ReferenceNode reference: WriteReference(reference); break;
                case SetNode set: Assign((VariableExpr)set.Target, set.Value); break;
                case IfNode conditional:
                    var branch = conditional.Branches.FirstOrDefault(b => Condition(b.Condition)).Body ?? conditional.Else;
                    if (branch is not null) Render(branch);
                    break;
                case ForeachNode loop: Loop(loop); break;
                case BreakNode b: throw new BreakSignal(b.Scope is null ? null : Evaluate(b.Scope) as ForeachScope ?? throw new VtlException($"#break: {b.Scope} is not a $foreach scope"));
                case StopNode: throw new StopSignal();
                case MacroCallNode call: CallMacro(call); break;
                case DefineNode define: _scope[define.Name] = new DefinedBlock(define.Body); break;
                case EvaluateNode evaluate: Evaluate(evaluate); break;
                case FailNode fail: throw new VtlException(fail.Problem);
                case IncludeNode include: throw new VtlException($"#{include.Directive}({VtlValues.Format(Evaluate(include.Resource))}): API Gateway has no template files to read");
            }
        }
    }

    private void WriteReference(ReferenceNode reference)
    {
        var value = Evaluate(reference.Reference);
        if (value is DefinedBlock block)
        {
            Write(new string('\\', reference.Escapes / 2));
            // A #define block that refers to itself renders once inside itself, then prints the reference (as 1.7 does).
            if (reference.Escapes % 2 == 1 || _rendering.GetValueOrDefault(block) >= 2) Write(reference.Source);
            else
            {
                _rendering[block] = _rendering.GetValueOrDefault(block) + 1;
                try
                {
                    Render(block.Body);
                }
                finally
                {
                    _rendering[block]--;
                }
            }
            return;
        }
        if (value is null)
        {
            // An undefined reference prints as written, escapes and all; a quiet one prints nothing.
            var literal = reference.Reference is VariableExpr { Chain.Count: 0 } v && _scope.GetValueOrDefault(v.Name) is MacroArgument argument ? argument.Source : reference.Source;
            Write(reference.Escapes > 0 ? new string('\\', reference.Escapes) + reference.Source : reference.Quiet ? "" : literal);
            return;
        }
        Write(new string('\\', reference.Escapes / 2));
        Write(reference.Escapes % 2 == 1 ? reference.Source : VtlValues.Format(value));
    }

    private void Write(string text)
    {
        _output.Append(text);
        if (_output.Length > _limits.MaxOutput) throw new VtlException($"the output is longer than {_limits.MaxOutput} characters");
    }

    private void CheckTime() => _budget.CheckTime();

    private void Loop(ForeachNode loop)
    {
        var items = VtlValues.Items(Evaluate(loop.Items)).ToList();
        var saved = (Item: _scope.GetValueOrDefault(loop.Variable), Had: _scope.ContainsKey(loop.Variable), Count: _scope.GetValueOrDefault("velocityCount"), HasNext: _scope.GetValueOrDefault("velocityHasNext"), Foreach: _scope.GetValueOrDefault("foreach"));
        var scope = new ForeachScope(_loop, items.Count);
        _loop = scope;
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (!_budget.TrySpend(1)) throw new VtlException($"#foreach ran more than {_limits.MaxIterations} times");
                CheckTime();
                scope.Index = i;
                _scope[loop.Variable] = items[i];
                _scope["velocityCount"] = (long)(i + 1);
                _scope["velocityHasNext"] = i + 1 < items.Count;
                _scope["foreach"] = scope;
                try
                {
                    Render(loop.Body);
                }
                catch (BreakSignal signal) when (signal.Scope is null || ReferenceEquals(signal.Scope, scope))
                {
                    break;
                }
            }
        }
        finally
        {
            _loop = scope.Parent;
            if (saved.Had) _scope[loop.Variable] = saved.Item;
            else _scope.Remove(loop.Variable);
            Restore("velocityCount", saved.Count);
            Restore("velocityHasNext", saved.HasNext);
            Restore("foreach", saved.Foreach);
        }
    }

    private void Restore(string name, object? value)
    {
        if (value is null) _scope.Remove(name);
        else _scope[name] = value;
    }

    private void CallMacro(MacroCallNode call)
    {
        if (!_macros.TryGetValue(call.Name, out var macro))
        {
            Write(call.Source);
            return;
        }
        if (++_macroDepth > _limits.MaxMacroDepth) throw new VtlException($"#{call.Name}: macros nested more than {_limits.MaxMacroDepth} deep");
        var saved = macro.Parameters.Select(p => (p, _scope.TryGetValue(p, out var v), v)).ToList();
        var savedBody = _scope.GetValueOrDefault("bodyContent");
        try
        {
            for (var i = 0; i < macro.Parameters.Count; i++)
            {
                if (i < call.Arguments.Count)
                    _scope[macro.Parameters[i]] = new MacroArgument(call.Arguments[i], call.ArgumentSources[i], saved[i].v, saved[i].Item2);
                else _scope.Remove(macro.Parameters[i]);
            }
            if (call.Body is not null) _scope["bodyContent"] = new DefinedBlock(call.Body);
            Render(macro.Body);
        }
        finally
        {
            _macroDepth--;
            foreach (var (name, had, value) in saved)
            {
                if (had) _scope[name] = value;
                else _scope.Remove(name);
            }
            Restore("bodyContent", savedBody);
        }
    }

    // #evaluate counts as a macro call towards the depth limit: a template that evaluates itself ends there.
    // Its text is parsed while rendering, so its parse errors are rendering errors (as in Velocity 1.7).
    private void Evaluate(EvaluateNode evaluate)
    {
        if (Evaluate(evaluate.Template) is not { } text) return;
        var parsed = VtlParser.Parse(VtlValues.Format(text), VtlErrorKind.Render);
        foreach (var (name, macro) in parsed.Macros) _macros[name] = macro;
        if (++_macroDepth > _limits.MaxMacroDepth) throw new VtlException($"#evaluate nested more than {_limits.MaxMacroDepth} deep");
        try
        {
            Render(parsed.Nodes);
        }
        finally
        {
            _macroDepth--;
        }
    }

    /// <summary>A string literal with references: rendered into a string of its own.</summary>
    private string Interpolate(InterpolatedExpr interpolated)
    {
        var outer = _output;
        _output = new StringBuilder();
        try
        {
            Render(interpolated.Parts);
            return _output.ToString();
        }
        finally
        {
            _output = outer;
        }
    }

    /// <summary>A macro argument, passed by name: <paramref name="Outside"/> is what the parameter's name meant in the caller's scope.</summary>
    private sealed record MacroArgument(Expr Expression, string Source, object? Outside, bool HadOutside);

    /// <summary>A #define block or a block macro's body, rendered where it is used.</summary>
    private sealed record DefinedBlock(IReadOnlyList<VtlNode> Body);

    private sealed class StopSignal : Exception;

    private sealed class BreakSignal(ForeachScope? scope) : Exception
    {
        /// <summary>The loop to leave, or null for the innermost.</summary>
        public ForeachScope? Scope { get; } = scope;
    }
}
