namespace WsRouteResponses.Local.Vtl;

/// <summary>Expressions, conditions and #set, as Velocity 1.7 evaluates them.</summary>
internal sealed partial class VtlRenderer
{
    private object? Evaluate(Expr expression) => expression switch
    {
        LiteralExpr literal => literal.Value,
        InterpolatedExpr interpolated => Interpolate(interpolated),
        ListExpr list => list.Items.Select(Evaluate).ToList(),
        RangeExpr range => Range(range),
        MapExpr map => Map(map),
        UnaryExpr not => !Condition(not.Operand),
        BinaryExpr binary => Binary(binary),
        VariableExpr variable => Chain(variable),
        _ => throw new VtlException($"{expression.GetType().Name} cannot be evaluated"),
    };

    // A range's items count against the iterations a rendering may make.
    private List<object?>? Range(RangeExpr range)
    {
        var items = VtlValues.Range(Evaluate(range.From), Evaluate(range.To), _limits.MaxIterations);
        if (items is not null && !_budget.TrySpend(items.Count)) throw new VtlException($"ranges and loops made more than {_limits.MaxIterations} items");
        return items;
    }

    private Dictionary<string, object?> Map(MapExpr map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries) result[VtlValues.Format(Evaluate(key))] = Evaluate(value);
        return result;
    }

    // Velocity 1.7 takes a literal number, string, list or map in a condition as false: only references and operators have truth.
    private bool Condition(Expr expression) => expression switch
    {
        LiteralExpr { Value: bool flag } => flag,
        LiteralExpr or InterpolatedExpr or ListExpr or MapExpr or RangeExpr => false,
        _ => VtlValues.IsTrue(Evaluate(expression)),
    };

    private object? Binary(BinaryExpr binary)
    {
        switch (binary.Operator)
        {
            case "&&": return Condition(binary.Left) && Condition(binary.Right);
            case "||": return Condition(binary.Left) || Condition(binary.Right);
        }
        var left = Evaluate(binary.Left);
        var right = Evaluate(binary.Right);
        var result = binary.Operator switch
        {
            "==" => VtlValues.AreEqual(left, right),
            "!=" => !VtlValues.AreEqual(left, right),
            "<" => VtlNumbers.Compare(left, right) is < 0,
            ">" => VtlNumbers.Compare(left, right) is > 0,
            "<=" => VtlNumbers.Compare(left, right) is <= 0,
            ">=" => VtlNumbers.Compare(left, right) is >= 0,
            _ => VtlNumbers.Arithmetic(binary.Operator, left, right),
        };
        CheckSize(result);
        return result;
    }

    // An argument is evaluated where it was written: its parameter's name means what it meant outside the
    // call (#macro(show $x)...#show($x) is the caller's $x, not the argument itself, endlessly).
    private object? EvaluateArgument(string parameter, MacroArgument argument)
    {
        if (argument.HadOutside) _scope[parameter] = argument.Outside;
        else _scope.Remove(parameter);
        try
        {
            return Evaluate(argument.Expression);
        }
        finally
        {
            _scope[parameter] = argument;
        }
    }

    private object? Chain(VariableExpr variable)
    {
        var value = _scope.GetValueOrDefault(variable.Name);
        if (value is MacroArgument argument) value = EvaluateArgument(variable.Name, argument);
        try
        {
            foreach (var accessor in variable.Chain)
            {
                if (value is null) return null;
                var owner = value;
                value = accessor switch
                {
                    PropertyAccessor property => VtlValues.Property(value, property.Name, _budget),
                    MethodAccessor method => VtlMethods.Call(value, method.Name, method.Arguments.Select(Evaluate).ToList(), _budget),
                    IndexAccessor index => VtlValues.Index(value, Evaluate(index.Index)),
                    _ => null,
                };
                if (ReferenceEquals(value, VtlMethods.NoSuchMethod)) return null;
                CheckSize(value);
                // A method may grow what it is called on ($list.addAll($list)).
                if (accessor is MethodAccessor) CheckSize(owner);
                // A method (a JSONPath, a regular expression) may have spent the rendering's time.
                CheckTime();
            }
            return value;
        }
        catch (VtlException e) when (variable.Line > 0 && !e.Message.StartsWith("line ", StringComparison.Ordinal))
        {
            throw new VtlException($"line {variable.Line}, column {variable.Column}, {variable.Source}: {e.Message}");
        }
    }

    // A string or a list a template builds (by methods such as replace or addAll) is bounded as the output is.
    private void CheckSize(object? value)
    {
        if (value is string { Length: var length } && length > _limits.MaxOutput) throw new VtlException($"a string longer than {_limits.MaxOutput} characters");
        if (value is List<object?> { Count: var count } && count > _limits.MaxOutput) throw new VtlException($"a list longer than {_limits.MaxOutput} items");
    }

    // #set: a null value leaves the target as it was (Velocity logs it); a target written quiet or formal is not assigned.
    private void Assign(VariableExpr target, Expr valueExpression)
    {
        var value = Evaluate(valueExpression);
        if (value is null || target.Source.StartsWith("$!", StringComparison.Ordinal) || target.Source.StartsWith("${", StringComparison.Ordinal)) return;
        if (target.Chain.Count == 0)
        {
            _scope[target.Name] = value;
            return;
        }
        var owner = Chain(target with { Chain = target.Chain.Take(target.Chain.Count - 1).ToList() });
        switch (owner, target.Chain[^1])
        {
            case (IDictionary<string, object?> map, PropertyAccessor property): map[property.Name] = value; break;
            case (IDictionary<string, object?> map, IndexAccessor index): map[VtlValues.Format(Evaluate(index.Index))] = value; break;
            case (List<object?> list, IndexAccessor index) when Evaluate(index.Index) is long at && at >= 0 && at < list.Count: list[(int)at] = value; break;
        }
    }

    /// <summary><c>$foreach</c>: where the innermost loop is (index, count, hasNext, first, last), and its parent loop.</summary>
    private sealed class ForeachScope(ForeachScope? parent, int size) : IVtlObject
    {
        /// <summary>The loop around this one, or null.</summary>
        public ForeachScope? Parent { get; } = parent;

        /// <summary>The current iteration, from 0.</summary>
        public int Index { get; set; }

        /// <inheritdoc/>
        public object? Property(string name) => name switch
        {
            "index" => (long)Index,
            "count" => (long)Index + 1,
            "hasNext" => Index + 1 < size,
            "first" => Index == 0,
            "last" => Index + 1 == size,
            "parent" => Parent,
            "topmost" => Topmost(),
            _ => null,
        };

        /// <inheritdoc/>
        public object? Call(string name, IReadOnlyList<object?> arguments, VtlBudget budget) => arguments.Count == 0 && name.StartsWith("get", StringComparison.Ordinal) && name.Length > 3
            ? Property(char.ToLowerInvariant(name[3]) + name[4..])
            : name == "isFirst" || name == "isLast" ? Property(char.ToLowerInvariant(name[2]) + name[3..]) : VtlMethods.NoSuchMethod;

        private ForeachScope Topmost()
        {
            var scope = this;
            while (scope.Parent is not null) scope = scope.Parent;
            return scope;
        }
    }
}
