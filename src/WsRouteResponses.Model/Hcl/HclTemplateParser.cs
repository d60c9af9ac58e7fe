using System.Globalization;
using System.Text;

namespace WsRouteResponses.Model.Hcl;

/// <summary>
/// Reads template text (quoted strings, heredocs, bare templates) into literal text, interpolations and
/// directives, handing <c>${ }</c> and <c>%{ }</c> contents to the expression parser.
/// </summary>
internal sealed class HclTemplateParser(HclTokenStream tokens, HclExpressionParser expressions)
{
    private enum Mode { Quoted, Heredoc, Bare }

    private readonly string _text = tokens.Source.Text;

    /// <summary>A quoted string; <paramref name="open"/> is its opening quote.</summary>
    public HclExpression ParseQuoted(HclToken open)
    {
        var (scanned, end) = Scan(open.End, Mode.Quoted, null);
        tokens.MoveTo(end);
        HclTemplateBuilder.ApplyStripMarkers(scanned);
        return Build(scanned, tokens.Range(open.Start, end), end - 1);
    }

    /// <summary>A heredoc (<c>&lt;&lt;EOT</c> or <c>&lt;&lt;-EOT</c>); <paramref name="open"/> is its <c>&lt;&lt;</c>.</summary>
    public HclExpression ParseHeredoc(HclToken open)
    {
        var i = open.End;
        var flush = i < _text.Length && _text[i] == '-';
        if (flush) i++;
        var markerStart = i;
        if (i < _text.Length && HclLexer.IsIdentifierStart(_text[i])) i++;
        while (i < _text.Length && HclLexer.IsIdentifierPart(_text[i])) i++;
        var marker = _text[markerStart..i];
        if (marker.Length == 0 || !(At(i) == '\n' || (At(i) == '\r' && At(i + 1) == '\n')))
            throw tokens.Lexer.Error(open.Start, "Invalid multi-line string", "A heredoc is \"<<\" or \"<<-\", then an identifier (the end marker), then a newline.");
        i += At(i) == '\r' ? 2 : 1;
        var (scanned, end) = Scan(i, Mode.Heredoc, marker);
        tokens.MoveTo(end);
        HclTemplateBuilder.ApplyStripMarkers(scanned);
        if (flush) HclTemplateBuilder.FlushHeredoc(scanned);
        return Build(scanned, tokens.Range(open.Start, end), end);
    }

    /// <summary>A whole text as a template (as Terraform reads strings in <c>*.tf.json</c>).</summary>
    public HclExpression ParseBare()
    {
        var (scanned, end) = Scan(0, Mode.Bare, null);
        HclTemplateBuilder.ApplyStripMarkers(scanned);
        return Build(scanned, tokens.Range(0, end), end);
    }

    private HclExpression Build(List<HclTemplateToken> scanned, HclRange range, int emptyAt)
    {
        tokens.Enter(range.StartOffset);
        try
        {
            return new HclTemplateBuilder(tokens, scanned).Build(range, emptyAt);
        }
        finally
        {
            tokens.Leave();
        }
    }

    private char At(int i) => i < _text.Length ? _text[i] : '\0';

    private (List<HclTemplateToken> Tokens, int End) Scan(int pos, Mode mode, string? marker)
    {
        var result = new List<HclTemplateToken>();
        var literal = new StringBuilder();
        var literalStart = pos;
        var lineStart = true;
        void FlushLiteral(int end)
        {
            if (end > literalStart) result.Add(new HclTemplateToken(HclTemplateTokenKind.Literal, literalStart, end) { Value = literal.ToString() });
            literal.Clear();
        }
        while (true)
        {
            if (mode == Mode.Heredoc && lineStart && EndMarker(pos, marker!) is { } markerEnd)
            {
                FlushLiteral(pos);
                return (result, markerEnd);
            }
            lineStart = false;
            if (pos >= _text.Length)
            {
                if (mode == Mode.Bare)
                {
                    FlushLiteral(pos);
                    return (result, pos);
                }
                throw tokens.Lexer.Error(pos, "Unterminated template string", mode == Mode.Quoted
                    ? "No closing marker was found for the string."
                    : $"No closing marker \"{marker}\" was found for this heredoc; it must stand alone on its own line.");
            }
            var c = _text[pos];
            if (mode == Mode.Quoted && c == '"')
            {
                FlushLiteral(pos);
                return (result, pos + 1);
            }
            if (mode == Mode.Quoted && c == '\n')
                throw tokens.Lexer.Error(pos, "Invalid multi-line string", "Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.");
            if (mode == Mode.Quoted && c == '\\')
            {
                pos = Escape(pos, literal);
            }
            else if ((c == '$' || c == '%') && At(pos + 1) == c && At(pos + 2) == '{')
            {
                literal.Append(c).Append('{');
                pos += 3;
            }
            else if ((c == '$' || c == '%') && At(pos + 1) == '{')
            {
                FlushLiteral(pos);
                var sequence = c == '$' ? Interpolation(pos) : Directive(pos);
                result.Add(sequence);
                pos = sequence.End;
                literalStart = pos;
            }
            else
            {
                literal.Append(c);
                pos++;
                if (c == '\n' && mode != Mode.Quoted)
                {
                    // Each line is its own literal, so that heredoc indentation can be measured line by line.
                    FlushLiteral(pos);
                    literalStart = pos;
                    lineStart = true;
                }
            }
        }
    }

    private int? EndMarker(int pos, string marker)
    {
        var i = pos;
        while (At(i) is ' ' or '\t') i++;
        if (string.CompareOrdinal(_text, i, marker, 0, marker.Length) != 0) return null;
        var end = i + marker.Length;
        // As in HCL, the end marker's line must end with a newline, even at the end of the file.
        return At(end) == '\n' || (At(end) == '\r' && At(end + 1) == '\n') ? end : null;
    }

    private int Escape(int pos, StringBuilder literal)
    {
        var kind = At(pos + 1);
        switch (kind)
        {
            case 'n': literal.Append('\n'); return pos + 2;
            case 'r': literal.Append('\r'); return pos + 2;
            case 't': literal.Append('\t'); return pos + 2;
            case '"': literal.Append('"'); return pos + 2;
            case '\\': literal.Append('\\'); return pos + 2;
            case 'u' or 'U':
                var digits = kind == 'u' ? 4 : 8;
                var hex = pos + 2 + digits <= _text.Length ? _text.AsSpan(pos + 2, digits) : [];
                if (hex.Length == digits && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                {
                    literal.Append(char.ConvertFromUtf32(code));
                    return pos + 2 + digits;
                }
                throw tokens.Lexer.Error(pos, "Invalid escape sequence", $"The \\{kind} escape must be followed by {digits} hexadecimal digits of a Unicode character.");
            default:
                throw tokens.Lexer.Error(pos, "Invalid escape sequence", "The symbol after the backslash is not a valid escape: use \\n, \\r, \\t, \\\", \\\\, \\uNNNN or \\UNNNNNNNN.");
        }
    }

    // ${ or %{ (with an optional ~), then what parse reads with newlines insignificant, up to the closing brace.
    private HclTemplateToken Sequence(int start, Func<bool, HclTemplateToken> parse)
    {
        var pos = start + 2;
        var stripBefore = At(pos) == '~';
        if (stripBefore) pos++;
        tokens.MoveTo(pos);
        return tokens.WithNewlines(false, () => parse(stripBefore));
    }

    private HclTemplateToken Interpolation(int start) => Sequence(start, stripBefore =>
        {
            var expression = expressions.Parse();
            var (stripAfter, end) = Close("interpolation");
            return new HclTemplateToken(HclTemplateTokenKind.Interpolation, start, end) { Expression = expression, Strip = new(stripBefore, stripAfter) };
        });

    private HclTemplateToken Directive(int start) => Sequence(start, stripBefore =>
        {
            var keyword = tokens.Peek();
            var name = keyword.Kind == HclTokenKind.Identifier ? tokens.TextOf(keyword) : "";
            if (name is not ("if" or "else" or "endif" or "for" or "endfor"))
                throw tokens.ErrorAt(keyword, "Invalid template directive", "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.");
            tokens.Read();
            HclExpression? expression = null;
            string? key = null, value = null;
            if (name == "if") expression = expressions.Parse();
            if (name == "for") (key, value, expression) = ForHeader();
            var (stripAfter, end) = Close("template directive");
            var kind = name switch
            {
                "if" => HclTemplateTokenKind.If,
                "else" => HclTemplateTokenKind.Else,
                "endif" => HclTemplateTokenKind.EndIf,
                "for" => HclTemplateTokenKind.For,
                _ => HclTemplateTokenKind.EndFor,
            };
            return new HclTemplateToken(kind, start, end) { Expression = expression, KeyVariable = key, ValueVariable = value, Strip = new(stripBefore, stripAfter) };
        });

    private (string? Key, string Value, HclExpression Collection) ForHeader()
    {
        const string Summary = "Invalid 'for' directive";
        var first = tokens.TextOf(tokens.Expect(HclTokenKind.Identifier, Summary, "An iterator symbol name must follow \"for\"."));
        string? key = null;
        var value = first;
        if (tokens.TryRead(HclTokenKind.Comma))
        {
            key = first;
            value = tokens.TextOf(tokens.Expect(HclTokenKind.Identifier, Summary, "An iterator symbol name must follow the comma."));
        }
        if (!tokens.PeekKeyword("in")) throw tokens.ErrorAt(tokens.Peek(), Summary, "The 'in' keyword must follow the iterator symbol names.");
        tokens.Read();
        return (key, value, expressions.Parse());
    }

    private (bool StripAfter, int End) Close(string what)
    {
        var stripAfter = tokens.TryRead(HclTokenKind.Tilde);
        var close = tokens.Expect(HclTokenKind.CloseBrace, $"Extra characters after {what}", $"Expected a closing brace to end the {what}.");
        return (stripAfter, close.End);
    }
}
