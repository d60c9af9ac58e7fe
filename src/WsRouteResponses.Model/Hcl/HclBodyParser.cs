namespace WsRouteResponses.Model.Hcl;

/// <summary>Bodies: attributes (<c>name = expression</c>, one a line), blocks and one-line blocks.</summary>
internal sealed class HclBodyParser(HclTokenStream tokens, HclExpressionParser expressions)
{
    private const string ArgumentOrBlock = "Argument or block definition required";

    /// <summary>The body of a whole file, up to the end of the text.</summary>
    public HclBody ParseFile()
    {
        var body = Body(null);
        return body with { Range = tokens.Range(0, tokens.Source.Text.Length) };
    }

    // A block's body ends at its closing brace (left unread); the file's at the end of the text.
    private HclBody Body(HclToken? open)
    {
        var start = tokens.Offset;
        var attributes = new List<HclAttribute>();
        var blocks = new List<HclBlock>();
        var names = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
        while (true)
        {
            var token = tokens.Peek();
            if (token.Kind == HclTokenKind.Newline)
            {
                tokens.Read();
                continue;
            }
            if (token.Kind == HclTokenKind.EndOfFile && open is null) break;
            if (token.Kind == HclTokenKind.EndOfFile)
                throw tokens.Lexer.Error(open!.Value.Start, "Unclosed configuration block", "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.");
            if (token.Kind == HclTokenKind.CloseBrace && open is not null) break;
            if (token.Kind != HclTokenKind.Identifier)
                throw tokens.ErrorAt(token, ArgumentOrBlock, "An argument or block definition is required here.");
            var name = tokens.Read();
            if (tokens.Peek().Kind == HclTokenKind.Assign)
            {
                var attribute = Attribute(name);
                if (names.TryGetValue(attribute.Name, out var first))
                    throw tokens.Lexer.Error(attribute.NameRange.StartOffset, "Attribute redefined", $"The argument \"{attribute.Name}\" was already set at {first.NameRange}. Each argument may be set only once.");
                names[attribute.Name] = attribute;
                attributes.Add(attribute);
                ExpectLineEnd("Missing newline after argument", "An argument definition must end with a newline.");
            }
            else
            {
                blocks.Add(Block(name));
                ExpectLineEnd("Missing newline after block definition", "A block definition must end with a newline.");
            }
        }
        return new HclBody(tokens.Range(start, tokens.Offset), attributes, blocks);
    }

    private HclAttribute Attribute(HclToken name)
    {
        tokens.Read();
        var expression = expressions.Parse();
        var nameRange = tokens.Range(name.Start, name.End);
        return new HclAttribute(nameRange.To(expression.Range), nameRange.Text, nameRange, expression);
    }

    private void ExpectLineEnd(string summary, string detail)
    {
        var token = tokens.Peek();
        if (token.Kind == HclTokenKind.Newline) tokens.Read();
        else if (token.Kind != HclTokenKind.EndOfFile) throw tokens.ErrorAt(token, summary, detail);
    }

    private HclBlock Block(HclToken type)
    {
        var labels = new List<HclBlockLabel>();
        while (true)
        {
            var token = tokens.Peek();
            if (token.Kind == HclTokenKind.Identifier)
            {
                tokens.Read();
                labels.Add(new HclBlockLabel(tokens.Range(token.Start, token.End), tokens.TextOf(token), false));
            }
            else if (token.Kind == HclTokenKind.OpenQuote)
            {
                labels.Add(QuotedLabel(tokens.Read()));
            }
            else break;
        }
        var open = tokens.Peek();
        if (open.Kind != HclTokenKind.OpenBrace)
        {
            throw labels.Count == 0 && open.Kind != HclTokenKind.Newline
                ? tokens.ErrorAt(open, ArgumentOrBlock, "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.")
                : tokens.ErrorAt(open, "Invalid block definition", "Either a quoted string block label or an opening brace (\"{\") is expected here.");
        }
        tokens.Read();
        tokens.Enter(open.Start);
        try
        {
            var body = tokens.Peek().Kind == HclTokenKind.Newline ? Body(open) : OneLineBody(open);
            var close = tokens.Read();
            return new HclBlock(tokens.Range(type.Start, close.End), tokens.TextOf(type), tokens.Range(type.Start, type.End), labels, body);
        }
        finally
        {
            tokens.Leave();
        }
    }

    // `name { attr = value }` on one line: at most one attribute and no nested block.
    private HclBody OneLineBody(HclToken open)
    {
        var start = tokens.Offset;
        var attributes = new List<HclAttribute>();
        var token = tokens.Peek();
        if (token.Kind == HclTokenKind.Identifier)
        {
            var name = tokens.Read();
            if (tokens.Peek().Kind != HclTokenKind.Assign)
                throw tokens.ErrorAt(tokens.Peek(), "Invalid single-argument block definition", "A single-line block definition can contain only a single argument. To define multiple arguments or nested blocks, use the multi-line block syntax.");
            attributes.Add(Attribute(name));
            token = tokens.Peek();
        }
        if (token.Kind != HclTokenKind.CloseBrace)
        {
            throw token.Kind == HclTokenKind.EndOfFile
                ? tokens.Lexer.Error(open.Start, "Unclosed configuration block", "There is no closing brace for this block before the end of the file.")
                : tokens.ErrorAt(token, "Invalid single-argument block definition", "A single-line block definition must end with a closing brace immediately after its single argument.");
        }
        return new HclBody(tokens.Range(start, token.Start), attributes, []);
    }

    private HclBlockLabel QuotedLabel(HclToken open)
    {
        var label = expressions.Templates.ParseQuoted(open);
        if (label is HclTemplateExpr { LiteralText: { } text }) return new HclBlockLabel(label.Range, text, true);
        throw tokens.Lexer.Error(open.Start, "Invalid block label", "Template sequences are not allowed in a block label; it must be a literal string.");
    }
}
