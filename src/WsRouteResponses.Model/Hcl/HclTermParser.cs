using System.Globalization;

namespace WsRouteResponses.Model.Hcl;

/// <summary>The terms operators apply to: literals, variables, function calls, parentheses, tuples, objects, <c>for</c> expressions and strings.</summary>
internal sealed class HclTermParser(HclTokenStream tokens, HclExpressionParser expressions)
{
    private const string MissingExpression = "Missing expression";
    private readonly HclForParser _for = new(tokens, expressions);

    /// <summary>Parses one term.</summary>
    public HclExpression Parse()
    {
        var token = tokens.Peek();
        switch (token.Kind)
        {
            case HclTokenKind.Number:
                tokens.Read();
                return NumberLiteral(token);
            case HclTokenKind.Identifier:
                return Identifier(tokens.Read());
            case HclTokenKind.OpenParen:
                return Parentheses(tokens.Read());
            case HclTokenKind.OpenBracket:
                return Tuple(tokens.Read());
            case HclTokenKind.OpenBrace:
                return Object(tokens.Read());
            case HclTokenKind.OpenQuote:
                return expressions.Templates.ParseQuoted(tokens.Read());
            case HclTokenKind.OpenHeredoc:
                return expressions.Templates.ParseHeredoc(tokens.Read());
            case HclTokenKind.EndOfFile:
                throw tokens.Lexer.Error(token.Start, MissingExpression, "Expected the start of an expression, but found the end of the file.");
            default:
                throw tokens.ErrorAt(token, "Invalid expression", "Expected the start of an expression.");
        }
    }

    private HclLiteralExpr NumberLiteral(HclToken token) =>
        new(tokens.Range(token.Start, token.End), HclLiteralKind.Number, double.Parse(tokens.TextOf(token), NumberStyles.Float, CultureInfo.InvariantCulture));

    private HclExpression Identifier(HclToken name)
    {
        var range = tokens.Range(name.Start, name.End);
        var next = tokens.Peek().Kind;
        if (next is HclTokenKind.OpenParen or HclTokenKind.DoubleColon) return FunctionCall(name);
        return tokens.TextOf(name) switch
        {
            "true" => new HclLiteralExpr(range, HclLiteralKind.Bool, true),
            "false" => new HclLiteralExpr(range, HclLiteralKind.Bool, false),
            "null" => new HclLiteralExpr(range, HclLiteralKind.Null, null),
            var text => new HclScopeTraversalExpr(range, [new HclTraverseRoot(range, text)]),
        };
    }

    // Provider functions are namespaced: provider::aws::arn_parse(...).
    private HclFunctionCallExpr FunctionCall(HclToken name)
    {
        var nameEnd = name.End;
        while (tokens.TryRead(HclTokenKind.DoubleColon))
        {
            nameEnd = tokens.Expect(HclTokenKind.Identifier, "Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.").End;
        }
        tokens.Expect(HclTokenKind.OpenParen, "Missing open parenthesis", "A function call must have its arguments in parentheses.");
        var (arguments, expandFinal, close) = tokens.WithNewlines(false, Arguments);
        var nameRange = tokens.Range(name.Start, nameEnd);
        return new HclFunctionCallExpr(tokens.Range(name.Start, close.End), nameRange.Text, nameRange, arguments, expandFinal);
    }

    private (IReadOnlyList<HclExpression>, bool, HclToken) Arguments()
    {
        var arguments = new List<HclExpression>();
        var expandFinal = false;
        while (tokens.Peek().Kind != HclTokenKind.CloseParen)
        {
            arguments.Add(expressions.Parse());
            if (tokens.TryRead(HclTokenKind.Ellipsis))
            {
                expandFinal = true;
                break;
            }
            if (!tokens.TryRead(HclTokenKind.Comma)) break;
        }
        var close = tokens.Expect(HclTokenKind.CloseParen, "Missing close parenthesis", expandFinal
            ? "An expanded function argument (with ...) must be immediately followed by closing parentheses."
            : "Expected a comma or a closing parenthesis after the function argument.");
        return (arguments, expandFinal, close);
    }

    private HclParenthesesExpr Parentheses(HclToken open) => tokens.WithNewlines(false, () =>
    {
        var inner = expressions.Parse();
        var close = tokens.Expect(HclTokenKind.CloseParen, "Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.");
        return new HclParenthesesExpr(tokens.Range(open.Start, close.End), inner);
    });

    private HclExpression Tuple(HclToken open) => tokens.WithNewlines<HclExpression>(false, () =>
    {
        if (tokens.PeekKeyword("for")) return _for.Parse(open, isObject: false);
        var items = new List<HclExpression>();
        while (tokens.Peek().Kind != HclTokenKind.CloseBracket)
        {
            items.Add(expressions.Parse());
            if (!tokens.TryRead(HclTokenKind.Comma)) break;
        }
        if (tokens.Peek().Kind == HclTokenKind.EndOfFile)
            throw tokens.Lexer.Error(open.Start, "Unterminated tuple constructor expression", "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.");
        var close = tokens.Expect(HclTokenKind.CloseBracket, "Missing item separator", "Expected a comma to mark the beginning of the next item.");
        return new HclTupleExpr(tokens.Range(open.Start, close.End), items);
    });

    private HclExpression Object(HclToken open)
    {
        if (tokens.WithNewlines<bool>(false, () => tokens.PeekKeyword("for"))) return tokens.WithNewlines(false, () => _for.Parse(open, isObject: true));
        return tokens.WithNewlines(true, () =>
        {
            var items = new List<HclObjectItem>();
            while (true)
            {
                while (tokens.TryRead(HclTokenKind.Newline)) { }
                if (tokens.Peek().Kind == HclTokenKind.CloseBrace) break;
                items.Add(ObjectItem());
                var separator = tokens.Peek();
                if (separator.Kind is HclTokenKind.Comma or HclTokenKind.Newline) tokens.Read();
                else if (separator.Kind != HclTokenKind.CloseBrace)
                    throw tokens.ErrorAt(separator, "Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.");
            }
            var close = tokens.Read();
            return new HclObjectExpr(tokens.Range(open.Start, close.End), items);
        });
    }

    private HclObjectItem ObjectItem()
    {
        var key = expressions.Parse();
        var separator = tokens.Peek();
        if (separator.Kind is not (HclTokenKind.Assign or HclTokenKind.Colon))
            throw tokens.ErrorAt(separator, "Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the attribute value.");
        tokens.Read();
        var value = expressions.Parse();
        return new HclObjectItem(new HclObjectKeyExpr(key.Range, key), value);
    }
}
