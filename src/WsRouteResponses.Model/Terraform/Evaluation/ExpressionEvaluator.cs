using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

/// <summary>
/// Evaluates HCL expressions as Terraform does before a plan, in one module instance: literals, templates,
/// operators, conditionals, <c>for</c> expressions, splats, indexes, functions, and the names <c>var</c>,
/// <c>local</c>, <c>module</c>, <c>each</c>, <c>count</c>, <c>path</c>. What depends on a resource, a data
/// source or a value without one is a <see cref="PendingValue"/> that keeps the expression.
/// </summary>
internal sealed partial class ExpressionEvaluator(ModuleInstance module)
{
    /// <summary>The value of <paramref name="expression"/> with <paramref name="symbols"/> bound.</summary>
    /// <exception cref="EvaluationException">Terraform would refuse the expression.</exception>
    public TerraformValue Evaluate(HclExpression expression, Symbols symbols)
    {
        try
        {
            return expression switch
            {
                HclLiteralExpr literal => Literal(literal),
                HclParenthesesExpr p => Evaluate(p.Inner, symbols) is var inner && inner is PendingValue pending ? PendingValue.OfExpression($"({pending.Expression})") : inner,
                HclTemplateWrapExpr wrap => Evaluate(wrap.Wrapped, symbols),
                HclTemplateExpr template => Template(template, symbols),
                HclTupleExpr tuple => Tuple(tuple, symbols),
                HclObjectExpr obj => Object(obj, symbols),
                HclObjectKeyExpr key => key.BareName is { } name ? new StringValue(name) : Evaluate(key.Wrapped, symbols),
                HclScopeTraversalExpr traversal => ScopeTraversal(traversal, symbols),
                HclRelativeTraversalExpr relative => Traverse(Evaluate(relative.Source, symbols), relative.Traversal, relative),
                HclIndexExpr index => Index(Evaluate(index.Collection, symbols), Evaluate(index.Key, symbols)),
                HclSplatExpr splat => Splat(splat, symbols),
                HclSplatItemExpr => symbols.TryGet(SplatItem, out var item) ? item : throw new TerraformValueException("a splat item outside a splat"),
                HclForExpr @for => For(@for, symbols),
                HclConditionalExpr conditional => Conditional(conditional, symbols),
                HclBinaryOpExpr binary => Operators.Binary(binary.Operator, Evaluate(binary.Left, symbols), Evaluate(binary.Right, symbols)),
                HclUnaryOpExpr unary => Operators.Unary(unary.Operator, Evaluate(unary.Operand, symbols)),
                HclFunctionCallExpr call => Call(call, symbols),
                _ => throw new TerraformValueException($"{expression.GetType().Name} is not an expression Terraform evaluates"),
            };
        }
        catch (TerraformValueException e)
        {
            throw new EvaluationException(expression.Range, e.Message);
        }
        catch (OverflowException)
        {
            throw new EvaluationException(expression.Range, "The number is too large: numbers here hold 28 significant digits (Terraform's hold more).");
        }
    }

    // The splat placeholder's name: not an identifier, so no template or for expression can bind it.
    private const string SplatItem = "[*]";

    private static TerraformValue Literal(HclLiteralExpr literal) => literal.Kind switch
    {
        HclLiteralKind.String => new StringValue((string)literal.Value!),
        // The source text keeps every digit a double would round (Terraform's numbers are not doubles either).
        HclLiteralKind.Number => NumberValue.Parse(literal.SourceText.TrimStart('.', '[').TrimEnd(']'))
            ?? NumberValue.Parse(((double)literal.Value!).ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new TerraformValueException($"The number {literal.SourceText} is too large: numbers here hold 28 significant digits (Terraform's hold more)."),
        HclLiteralKind.Bool => BoolValue.Of((bool)literal.Value!),
        _ => TerraformValue.Null,
    };

    // var.x, local.x and module.x are looked up by name, each when first needed (locals refer to each other).
    private TerraformValue ScopeTraversal(HclScopeTraversalExpr traversal, Symbols symbols)
    {
        var root = (HclTraverseRoot)traversal.Traversal[0];
        if (!symbols.TryGet(root.Name, out _) && root.Name is "var" or "local" or "module")
        {
            if (traversal.Traversal.Count < 2 || traversal.Traversal[1] is not HclTraverseAttr name)
                throw new TerraformValueException($"The \"{root.Name}\" object cannot be accessed directly. Instead, access one of its attributes.");
            var value = root.Name switch
            {
                "var" => module.Variable(name.Name),
                "local" => module.Local(name.Name),
                _ => module.ModuleOutputs(name.Name),
            };
            return Traverse(value, traversal.Traversal.Skip(2), traversal);
        }
        return Traverse(Root(root, symbols), traversal.Traversal.Skip(1), traversal);
    }

    private TerraformValue Root(HclTraverseRoot root, Symbols symbols)
    {
        if (symbols.TryGet(root.Name, out var bound)) return bound;
        return root.Name switch
        {
            "path" => new MappingValue(new Dictionary<string, TerraformValue>
            {
                ["module"] = new StringValue(module.PathModule), ["root"] = new StringValue("."), ["cwd"] = new StringValue("."),
            }, isMap: false),
            "terraform" => new MappingValue(new Dictionary<string, TerraformValue> { ["workspace"] = new StringValue("default") }, isMap: false),
            "data" => PendingValue.OfReference(module.Prefix + "data"),
            "each" or "count" or "self" => throw new TerraformValueException($"{root.Name} is not available here"),
            // Anything else is a resource type: its instances' attributes are known only at apply.
            _ => PendingValue.OfReference(module.Prefix + root.Name),
        };
    }

    private static TerraformValue Traverse(TerraformValue value, IEnumerable<HclTraverser> steps, HclExpression at)
    {
        foreach (var step in steps)
        {
            value = step switch
            {
                HclTraverseAttr attr => Attribute(value, attr.Name),
                HclTraverseIndex index => Index(value, Literal(index.Key)),
                _ => throw new EvaluationException(at.Range, "an unexpected traversal step"),
            };
        }
        return value;
    }

    private static TerraformValue Attribute(TerraformValue value, string name) => value switch
    {
        PendingValue { Reference: { } reference } => PendingValue.OfReference($"{reference}.{name}"),
        PendingValue pending => PendingValue.OfExpression($"{pending.Expression}.{name}"),
        MappingValue mapping => mapping.Attributes.TryGetValue(name, out var attribute) ? attribute
            : throw new TerraformValueException($"This object does not have an attribute named \"{name}\"."),
        NullValue => throw new TerraformValueException($"Attempt to get attribute \"{name}\" from a null value."),
        _ => throw new TerraformValueException($"Can't access attributes on a value of type {value.KindName}."),
    };

    private static TerraformValue Index(TerraformValue collection, TerraformValue key)
    {
        if (key is PendingValue pendingKey)
            return collection is PendingValue p ? PendingValue.OfExpression($"{p.Expression}[{pendingKey.Expression}]") : PendingValue.OfExpression($"{Operators.Literal(collection)}[{pendingKey.Expression}]");
        return collection switch
        {
            PendingValue { Reference: { } reference } => PendingValue.OfReference($"{reference}[{Expansion.KeyText(key)}]"),
            PendingValue pending => PendingValue.OfExpression($"{pending.Expression}[{Operators.Literal(key)}]"),
            SequenceValue { Kind: not SequenceKind.Set } sequence => TerraformFunctions.Number(key, "index") is var n && n == decimal.Truncate(n) && n >= 0 && n < sequence.Items.Count
                ? sequence.Items[(int)n]
                : throw new TerraformValueException($"The given key does not identify an element in this collection value: the collection has {sequence.Items.Count} elements, the index is {key}."),
            MappingValue mapping => mapping.Attributes.TryGetValue(key.AsString() ?? "", out var value) ? value
                : throw new TerraformValueException($"The given key does not identify an element in this collection value: \"{key}\"."),
            _ => throw new TerraformValueException($"This value does not have any indices ({collection.KindName})."),
        };
    }

    private TerraformValue Tuple(HclTupleExpr tuple, Symbols symbols)
    {
        // Elements known only at apply stay elements: the tuple's length is known, as Terraform knows it.
        return new SequenceValue(tuple.Items.Select(i => Evaluate(i, symbols)).ToList(), SequenceKind.Tuple);
    }

    private TerraformValue Object(HclObjectExpr obj, Symbols symbols)
    {
        var items = obj.Items.Select(i => (Key: Evaluate(i.Key, symbols), Value: Evaluate(i.Value, symbols))).ToList();
        if (items.Any(i => i.Key is PendingValue))
            return PendingValue.OfExpression("{" + string.Join(", ", items.Select(i => $"{Operators.Literal(i.Key)} = {Operators.Literal(i.Value)}")) + "}");
        var attributes = new Dictionary<string, TerraformValue>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
            attributes[key.AsString() ?? throw new TerraformValueException($"An object key must be a string, not {key.KindName}.")] = value;
        return new MappingValue(attributes, isMap: false);
    }

    private TerraformValue Conditional(HclConditionalExpr conditional, Symbols symbols)
    {
        var condition = Evaluate(conditional.Condition, symbols);
        if (condition is PendingValue pending)
            return PendingValue.OfExpression($"{pending.Expression} ? {Operators.Literal(Evaluate(conditional.WhenTrue, symbols))} : {Operators.Literal(Evaluate(conditional.WhenFalse, symbols))}");
        return Operators.Truth(condition, "condition") ? Evaluate(conditional.WhenTrue, symbols) : Evaluate(conditional.WhenFalse, symbols);
    }

    private TerraformValue Splat(HclSplatExpr splat, Symbols symbols)
    {
        var source = Evaluate(splat.Source, symbols);
        if (source is PendingValue pending)
            return PendingValue.OfExpression(pending.Expression + splat.SourceText[(splat.Source.Range.EndOffset - splat.Range.StartOffset)..]);
        var items = source switch
        {
            NullValue => [],
            SequenceValue sequence => sequence.Items,
            _ => [source],
        };
        var results = items.Select(item => Evaluate(splat.Each, symbols.With(SplatItem, item))).ToList();
        return new SequenceValue(results, source is SequenceValue { Kind: SequenceKind.List or SequenceKind.Set } ? SequenceKind.List : SequenceKind.Tuple);
    }

    private TerraformValue For(HclForExpr @for, Symbols symbols)
    {
        var collection = Evaluate(@for.Collection, symbols);
        if (collection is PendingValue { Reference: { } reference } && module.InstancesOf(reference) is { } instances) collection = instances;
        if (collection is PendingValue pending)
            return PendingValue.OfExpression(@for.SourceText.Replace(@for.Collection.SourceText, pending.Expression, StringComparison.Ordinal));
        var keys = new List<TerraformValue>();
        var values = new List<TerraformValue>();
        foreach (var (key, value) in Elements(collection))
        {
            var inner = @for.KeyVariable is { } k ? symbols.With(k, key).With(@for.ValueVariable, value) : symbols.With(@for.ValueVariable, value);
            if (@for.Condition is { } condition && !Operators.Truth(Evaluate(condition, inner), "for condition")) continue;
            if (@for.KeyExpression is { } keyExpression) keys.Add(Evaluate(keyExpression, inner));
            values.Add(Evaluate(@for.ValueExpression, inner));
        }
        // Values known only at apply stay values; a key known only at apply leaves the whole result unknown.
        if (keys.Any(v => v is PendingValue)) return PendingValue.OfExpression(@for.SourceText);
        if (!@for.IsObject) return new SequenceValue(values, SequenceKind.Tuple);
        var attributes = new Dictionary<string, List<TerraformValue>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i].AsString() ?? throw new TerraformValueException($"A for expression's key must be a string, not {keys[i].KindName}.");
            if (attributes.TryGetValue(key, out var existing) && !@for.Grouped)
                throw new TerraformValueException($"Two different items produced the key \"{key}\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.");
            (attributes.TryGetValue(key, out existing) ? existing : attributes[key] = []).Add(values[i]);
        }
        return new MappingValue(attributes.ToDictionary(a => a.Key, a => @for.Grouped ? new SequenceValue(a.Value, SequenceKind.Tuple) : a.Value[0], StringComparer.Ordinal), isMap: false);
    }

    /// <summary>The (key, value) pairs a <c>for</c> expression or <c>for_each</c> iterates: indexes of a sequence, names of a mapping, a set's values as keys.</summary>
    public static IEnumerable<(TerraformValue Key, TerraformValue Value)> Elements(TerraformValue collection) => collection switch
    {
        SequenceValue { Kind: SequenceKind.Set } set => set.Items.Select(i => (i, i)),
        SequenceValue sequence => sequence.Items.Select((item, i) => ((TerraformValue)new NumberValue(i), item)),
        MappingValue mapping => mapping.Attributes.Select(a => ((TerraformValue)new StringValue(a.Key), a.Value)),
        _ => throw new TerraformValueException($"A collection (a list, set, tuple, map or object) is required, not {collection.KindName}."),
    };
}
