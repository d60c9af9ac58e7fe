namespace WsRouteResponses.Model.Hcl;

/// <summary>
/// Operators and traversals, by the specification's precedence (lowest first): <c>? :</c>, <c>||</c>, <c>&amp;&amp;</c>,
/// <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>, <c>* / %</c>, unary <c>- !</c>, then attribute access, indexes and splats.
/// </summary>
internal sealed class HclExpressionParser
{
    private readonly HclTokenStream _tokens;
    private readonly HclTermParser _terms;

    public HclExpressionParser(HclTokenStream tokens)
    {
        _tokens = tokens;
        Templates = new HclTemplateParser(tokens, this);
        _terms = new HclTermParser(tokens, this);
    }

    /// <summary>The template parser this parser hands strings and heredocs to.</summary>
    public HclTemplateParser Templates { get; }

    /// <summary>Parses one expression.</summary>
    public HclExpression Parse()
    {
        var start = _tokens.Peek();
        _tokens.Enter(start.Start);
        try
        {
            var condition = ParseBinary(1);
            if (!_tokens.TryRead(HclTokenKind.Question)) return condition;
            var whenTrue = Parse();
            _tokens.Expect(HclTokenKind.Colon, "Missing false expression in conditional", "The conditional operator (...?...:...) requires a false expression, delimited by a colon.");
            var whenFalse = Parse();
            return new HclConditionalExpr(condition.Range.To(whenFalse.Range), condition, whenTrue, whenFalse);
        }
        finally
        {
            _tokens.Leave();
        }
    }

    private static (HclOperator Operator, int Precedence)? BinaryOperator(HclTokenKind kind) => kind switch
    {
        HclTokenKind.Or => (HclOperator.LogicalOr, 1),
        HclTokenKind.And => (HclOperator.LogicalAnd, 2),
        HclTokenKind.Equal => (HclOperator.Equal, 3),
        HclTokenKind.NotEqual => (HclOperator.NotEqual, 3),
        HclTokenKind.LessThan => (HclOperator.LessThan, 4),
        HclTokenKind.LessThanOrEqual => (HclOperator.LessThanOrEqual, 4),
        HclTokenKind.GreaterThan => (HclOperator.GreaterThan, 4),
        HclTokenKind.GreaterThanOrEqual => (HclOperator.GreaterThanOrEqual, 4),
        HclTokenKind.Plus => (HclOperator.Add, 5),
        HclTokenKind.Minus => (HclOperator.Subtract, 5),
        HclTokenKind.Star => (HclOperator.Multiply, 6),
        HclTokenKind.Slash => (HclOperator.Divide, 6),
        HclTokenKind.Percent => (HclOperator.Modulo, 6),
        _ => null,
    };

    // Precedence climbing: operators of one level are left-associative.
    private HclExpression ParseBinary(int minPrecedence)
    {
        var left = ParseUnary();
        while (BinaryOperator(_tokens.Peek().Kind) is { } op && op.Precedence >= minPrecedence)
        {
            _tokens.Read();
            var right = ParseBinary(op.Precedence + 1);
            left = new HclBinaryOpExpr(left.Range.To(right.Range), op.Operator, left, right);
        }
        return left;
    }

    private HclExpression ParseUnary()
    {
        var token = _tokens.Peek();
        if (token.Kind is not (HclTokenKind.Minus or HclTokenKind.Bang)) return ParseTraversals(_terms.Parse());
        _tokens.Read();
        _tokens.Enter(token.Start);
        try
        {
            var operand = ParseUnary();
            var op = token.Kind == HclTokenKind.Minus ? HclOperator.Negate : HclOperator.LogicalNot;
            return new HclUnaryOpExpr(_tokens.Range(token.Start, operand.Range.EndOffset), op, operand);
        }
        finally
        {
            _tokens.Leave();
        }
    }

    /// <summary>Attribute access, indexes and splats after a term.</summary>
    public HclExpression ParseTraversals(HclExpression from)
    {
        // Static steps are collected and joined to their base once, so that a long chain stays linear.
        var steps = new List<HclTraverser>();
        while (true)
        {
            var token = _tokens.Peek();
            if (token.Kind == HclTokenKind.Dot)
            {
                _tokens.Read();
                if (_tokens.Peek().Kind == HclTokenKind.Star)
                {
                    from = ParseSplat(Append(from, steps), token, _tokens.Read(), full: false);
                    continue;
                }
                steps.Add(ParseDotStep(token));
            }
            else if (token.Kind == HclTokenKind.OpenBracket)
            {
                _tokens.Read();
                var splatClose = _tokens.WithNewlines<HclToken?>(false, () => _tokens.TryRead(HclTokenKind.Star)
                    ? _tokens.Expect(HclTokenKind.CloseBracket, "Missing close bracket on splat index", "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").")
                    : null);
                if (splatClose is { } close)
                {
                    from = ParseSplat(Append(from, steps), token, close, full: true);
                    continue;
                }
                from = Index(from, steps, token);
            }
            else return Append(from, steps);
        }
    }

    private HclTraverser ParseDotStep(HclToken dot)
    {
        var name = _tokens.Peek();
        if (name.Kind == HclTokenKind.Identifier)
        {
            _tokens.Read();
            return new HclTraverseAttr(_tokens.Range(dot.Start, name.End), _tokens.TextOf(name));
        }
        if (name.Kind == HclTokenKind.Number)
        {
            _tokens.Read();
            var text = _tokens.TextOf(name);
            if (!text.All(char.IsAsciiDigit))
                throw _tokens.Lexer.Error(name.Start, "Invalid legacy index syntax", "When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [0][1].");
            var key = new HclLiteralExpr(_tokens.Range(name.Start, name.End), HclLiteralKind.Number, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            return new HclTraverseIndex(_tokens.Range(dot.Start, name.End), key);
        }
        throw _tokens.ErrorAt(name, "Invalid attribute name", "An attribute name is required after a dot.");
    }

    // [key]: a literal key is one more static step; any other makes an index expression of what precedes it.
    private HclExpression Index(HclExpression from, List<HclTraverser> steps, HclToken open)
    {
        var (key, close) = _tokens.WithNewlines(false, () =>
            (Parse(), _tokens.Expect(HclTokenKind.CloseBracket, "Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").")));
        var range = _tokens.Range(open.Start, close.End);
        if (LiteralKey(key) is { } literal)
        {
            steps.Add(new HclTraverseIndex(range, literal));
            return from;
        }
        var collection = Append(from, steps);
        return new HclIndexExpr(collection.Range.To(range), collection, key);
    }

    // A literal key (a number, or a string without interpolation) makes a static traversal step, as in HCL.
    private static HclLiteralExpr? LiteralKey(HclExpression key) => key switch
    {
        HclLiteralExpr literal => literal,
        HclTemplateExpr { Parts: [HclTemplateLiteral text] } template => new HclLiteralExpr(template.Range, HclLiteralKind.String, text.Value),
        _ => null,
    };

    // Joins the collected steps to their base (and empties the list for the next ones).
    private static HclExpression Append(HclExpression from, List<HclTraverser> steps)
    {
        if (steps.Count == 0) return from;
        var range = from.Range.To(steps[^1].Range);
        HclExpression result = from switch
        {
            HclScopeTraversalExpr scope => new HclScopeTraversalExpr(range, [.. scope.Traversal, .. steps]),
            HclRelativeTraversalExpr relative => new HclRelativeTraversalExpr(range, relative.Source, [.. relative.Traversal, .. steps]),
            _ => new HclRelativeTraversalExpr(range, from, [.. steps]),
        };
        steps.Clear();
        return result;
    }

    // After .* only attribute steps apply to each element; after [*] index steps do too.
    private HclSplatExpr ParseSplat(HclExpression source, HclToken open, HclToken close, bool full)
    {
        var item = new HclSplatItemExpr(_tokens.Range(open.Start, close.End));
        HclExpression each = item;
        var steps = new List<HclTraverser>();
        while (true)
        {
            var token = _tokens.Peek();
            if (token.Kind == HclTokenKind.Dot)
            {
                _tokens.Read();
                steps.Add(ParseDotStep(token));
            }
            else if (full && token.Kind == HclTokenKind.OpenBracket)
            {
                _tokens.Read();
                if (_tokens.Peek().Kind == HclTokenKind.Star)
                    throw _tokens.ErrorAt(_tokens.Peek(), "Nested splat expression not allowed", "A splat expression (*) cannot be used inside another attribute-only splat expression.");
                each = Index(each, steps, token);
            }
            else break;
        }
        each = Append(each, steps);
        // As in HCL, the steps after .* are written from the first step on (after [*], from the marker).
        if (!full && each is HclRelativeTraversalExpr relative)
            each = relative with { Range = relative.Traversal[0].Range.To(relative.Range) };
        return new HclSplatExpr(source.Range.To(each.Range), source, each, item);
    }
}
