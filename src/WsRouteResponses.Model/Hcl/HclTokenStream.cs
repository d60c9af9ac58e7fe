namespace WsRouteResponses.Model.Hcl;

/// <summary>
/// The parsers' shared cursor: one token of lookahead, whether newlines matter here (they end attributes and
/// separate object items, but not inside parentheses, brackets or interpolations), and the nesting depth.
/// </summary>
internal sealed class HclTokenStream(HclLexer lexer)
{
    /// <summary>Deeper nesting is refused rather than risking the stack; real configurations stay far below.</summary>
    public const int MaxDepth = 200;

    private readonly Stack<bool> _newlineModes = new([true]);
    private int _offset;
    private HclToken? _next;
    private int _depth;

    /// <summary>The lexer the tokens come from.</summary>
    public HclLexer Lexer => lexer;

    /// <summary>The source text.</summary>
    public HclSourceText Source => lexer.Source;

    /// <summary>The next token (skipping newlines where they do not matter).</summary>
    public HclToken Peek()
    {
        while (true)
        {
            _next ??= lexer.Read(_offset);
            if (_next.Value.Kind != HclTokenKind.Newline || _newlineModes.Peek()) return _next.Value;
            _offset = _next.Value.End;
            _next = null;
        }
    }

    /// <summary>Consumes and returns the next token.</summary>
    public HclToken Read()
    {
        var token = Peek();
        _offset = token.End;
        _next = null;
        return token;
    }

    /// <summary>Consumes the next token if it is of <paramref name="kind"/>.</summary>
    public bool TryRead(HclTokenKind kind)
    {
        if (Peek().Kind != kind) return false;
        Read();
        return true;
    }

    /// <summary>Consumes a token of <paramref name="kind"/> or fails with <paramref name="summary"/> and <paramref name="detail"/>.</summary>
    public HclToken Expect(HclTokenKind kind, string summary, string detail)
    {
        var token = Peek();
        if (token.Kind != kind) throw ErrorAt(token, summary, detail);
        return Read();
    }

    /// <summary>Where reading continues; the template parser takes the text from here.</summary>
    public int Offset => _next?.Start ?? _offset;

    /// <summary>Continues reading tokens at <paramref name="offset"/> (after template text).</summary>
    public void MoveTo(int offset)
    {
        _offset = offset;
        _next = null;
    }

    /// <summary>The text of a token.</summary>
    public string TextOf(HclToken token) => Source.Text[token.Start..token.End];

    /// <summary>Whether the next token is the identifier <paramref name="keyword"/>.</summary>
    public bool PeekKeyword(string keyword)
    {
        var token = Peek();
        return token.Kind == HclTokenKind.Identifier && Source.Text.AsSpan(token.Start, token.End - token.Start).SequenceEqual(keyword);
    }

    /// <summary>Runs <paramref name="parse"/> with newlines significant or not, then restores the previous mode.</summary>
    public T WithNewlines<T>(bool significant, Func<T> parse)
    {
        _newlineModes.Push(significant);
        try
        {
            return parse();
        }
        finally
        {
            _newlineModes.Pop();
        }
    }

    /// <summary>Enters one nesting level (a block, an expression, a template), refusing to go deeper than <see cref="MaxDepth"/>.</summary>
    public void Enter(int offset)
    {
        if (++_depth > MaxDepth) throw lexer.Error(offset, "Nesting too deep", $"Blocks, expressions and templates may nest at most {MaxDepth} levels deep.");
    }

    /// <summary>Leaves a nesting level.</summary>
    public void Leave() => _depth--;

    /// <summary>A range of the source text.</summary>
    public HclRange Range(int start, int end) => new(Source, start, end);

    /// <summary>A syntax error at a token, saying what it found.</summary>
    public HclSyntaxException ErrorAt(HclToken token, string summary, string detail) =>
        lexer.Error(token.Start, summary, $"{detail} Found {Describe(token)}.");

    private string Describe(HclToken token) => token.Kind switch
    {
        HclTokenKind.EndOfFile => "the end of the file",
        HclTokenKind.Newline => "a newline",
        HclTokenKind.OpenQuote => "a string",
        _ => $"\"{TextOf(token)}\"",
    };
}
