namespace WsRouteResponses.Model.Hcl;

/// <summary><c>[for k, v in coll : value if cond]</c> and <c>{for k, v in coll : key => value... if cond}</c>, after the opening bracket.</summary>
internal sealed class HclForParser(HclTokenStream tokens, HclExpressionParser expressions)
{
    /// <summary>Parses the rest of a <c>for</c> expression; the next token is the <c>for</c> keyword.</summary>
    public HclForExpr Parse(HclToken open, bool isObject)
    {
        tokens.Read();
        var first = Symbol("for");
        string? keyVariable = null;
        var valueVariable = first;
        if (tokens.TryRead(HclTokenKind.Comma))
        {
            keyVariable = first;
            valueVariable = Symbol(",");
        }
        if (!tokens.PeekKeyword("in"))
            throw tokens.ErrorAt(tokens.Peek(), "Invalid 'for' expression", "The 'in' keyword must follow the iterator symbol names.");
        tokens.Read();
        var collection = expressions.Parse();
        tokens.Expect(HclTokenKind.Colon, "Invalid 'for' expression", "A colon must follow the collection expression.");
        HclExpression? key = null;
        if (isObject)
        {
            key = expressions.Parse();
            tokens.Expect(HclTokenKind.FatArrow, "Invalid 'for' expression", "An object 'for' expression needs a key expression followed by \"=>\" and a value expression.");
        }
        var value = expressions.Parse();
        var grouped = false;
        if (tokens.Peek().Kind == HclTokenKind.Ellipsis)
        {
            if (!isObject) throw tokens.ErrorAt(tokens.Peek(), "Invalid 'for' expression", "Grouping ellipsis (...) cannot be used in a tuple 'for' expression.");
            tokens.Read();
            grouped = true;
        }
        HclExpression? condition = null;
        if (tokens.PeekKeyword("if"))
        {
            tokens.Read();
            condition = expressions.Parse();
        }
        var closeKind = isObject ? HclTokenKind.CloseBrace : HclTokenKind.CloseBracket;
        var close = tokens.Expect(closeKind, "Invalid 'for' expression", $"Extra characters after the end of the 'for' expression; expected \"{(isObject ? "}" : "]")}\".");
        return new HclForExpr(tokens.Range(open.Start, close.End), keyVariable, valueVariable, collection, key, value, condition, grouped);
    }

    private string Symbol(string after)
    {
        var token = tokens.Expect(HclTokenKind.Identifier, "Invalid 'for' expression", $"An iterator symbol name must follow \"{after}\".");
        return tokens.TextOf(token);
    }
}
