namespace WsRouteResponses.Model.Hcl;

/// <summary>
/// Reads one token at a time from any offset, so that the template parser can hand over to the expression parser
/// inside <c>${ }</c> and take the text back after it: HCL's token stream depends on whether it is in a template.
/// </summary>
internal sealed class HclLexer(HclSourceText source)
{
    private readonly string _text = source.Text;

    /// <summary>The text being read.</summary>
    public HclSourceText Source => source;

    /// <summary>Reads the token starting at or after <paramref name="offset"/> (after spaces and comments).</summary>
    public HclToken Read(int offset)
    {
        var i = SkipSpaceAndComments(offset);
        if (i >= _text.Length) return new(HclTokenKind.EndOfFile, i, i);
        var c = _text[i];
        if (c == '\n' || c == '#' || (c == '/' && At(i + 1) == '/')) return LineEnd(i);
        if (c == '\r' && At(i + 1) == '\n') return new(HclTokenKind.Newline, i, i + 2);
        if (IsIdentifierStart(c)) return Identifier(i);
        if (char.IsAsciiDigit(c)) return Number(i);
        return Punctuation(i, c);
    }

    /// <summary>Whether <paramref name="c"/> can begin an identifier (a Unicode letter or <c>_</c>).</summary>
    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    /// <summary>Whether <paramref name="c"/> can continue an identifier (letters, digits, <c>_</c> and <c>-</c>).</summary>
    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    private char At(int i) => i < _text.Length ? _text[i] : '\0';

    private int SkipSpaceAndComments(int i)
    {
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == ' ' || c == '\t' || (c == '\r' && At(i + 1) != '\n')) i++;
            else if (c == '/' && At(i + 1) == '*')
            {
                var end = _text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw Error(i, "Unterminated comment", "There is no closing \"*/\" for this \"/*\" comment.");
                i = end + 2;
            }
            else break;
        }
        return i;
    }

    // A line comment ends its line, so it stands for the newline that ends an attribute.
    private HclToken LineEnd(int i)
    {
        if (_text[i] != '\n')
        {
            var end = _text.IndexOf('\n', i);
            return new(HclTokenKind.Newline, i, end < 0 ? _text.Length : end + 1);
        }
        return new(HclTokenKind.Newline, i, i + 1);
    }

    private HclToken Identifier(int start)
    {
        var i = start + 1;
        while (i < _text.Length && IsIdentifierPart(_text[i])) i++;
        return new(HclTokenKind.Identifier, start, i);
    }

    private HclToken Number(int start)
    {
        var i = start;
        while (char.IsAsciiDigit(At(i))) i++;
        if (At(i) == '.' && char.IsAsciiDigit(At(i + 1)))
        {
            i++;
            while (char.IsAsciiDigit(At(i))) i++;
        }
        if (At(i) is 'e' or 'E')
        {
            var j = i + 1;
            if (At(j) is '+' or '-') j++;
            if (char.IsAsciiDigit(At(j)))
            {
                i = j;
                while (char.IsAsciiDigit(At(i))) i++;
            }
        }
        return new(HclTokenKind.Number, start, i);
    }

    private HclToken Punctuation(int i, char c)
    {
        var next = At(i + 1);
        (HclTokenKind Kind, int Length) token = c switch
        {
            '{' => (HclTokenKind.OpenBrace, 1),
            '}' => (HclTokenKind.CloseBrace, 1),
            '[' => (HclTokenKind.OpenBracket, 1),
            ']' => (HclTokenKind.CloseBracket, 1),
            '(' => (HclTokenKind.OpenParen, 1),
            ')' => (HclTokenKind.CloseParen, 1),
            ',' => (HclTokenKind.Comma, 1),
            '.' when next == '.' && At(i + 2) == '.' => (HclTokenKind.Ellipsis, 3),
            '.' => (HclTokenKind.Dot, 1),
            ':' when next == ':' => (HclTokenKind.DoubleColon, 2),
            ':' => (HclTokenKind.Colon, 1),
            '?' => (HclTokenKind.Question, 1),
            '~' => (HclTokenKind.Tilde, 1),
            '=' when next == '=' => (HclTokenKind.Equal, 2),
            '=' when next == '>' => (HclTokenKind.FatArrow, 2),
            '=' => (HclTokenKind.Assign, 1),
            '!' when next == '=' => (HclTokenKind.NotEqual, 2),
            '!' => (HclTokenKind.Bang, 1),
            '<' when next == '<' => (HclTokenKind.OpenHeredoc, 2),
            '<' when next == '=' => (HclTokenKind.LessThanOrEqual, 2),
            '<' => (HclTokenKind.LessThan, 1),
            '>' when next == '=' => (HclTokenKind.GreaterThanOrEqual, 2),
            '>' => (HclTokenKind.GreaterThan, 1),
            '&' when next == '&' => (HclTokenKind.And, 2),
            '|' when next == '|' => (HclTokenKind.Or, 2),
            '+' => (HclTokenKind.Plus, 1),
            '-' => (HclTokenKind.Minus, 1),
            '*' => (HclTokenKind.Star, 1),
            '/' => (HclTokenKind.Slash, 1),
            '%' => (HclTokenKind.Percent, 1),
            '"' => (HclTokenKind.OpenQuote, 1),
            _ => throw Error(i, "Invalid character", InvalidCharacterDetail(c)),
        };
        return new(token.Kind, i, i + token.Length);
    }

    private static string InvalidCharacterDetail(char c) => c switch
    {
        '\'' => "Single quotes are not valid. Use double quotes (\") to enclose strings.",
        '&' => "Use \"&&\" for the logical AND operator.",
        '|' => "Use \"||\" for the logical OR operator.",
        _ => $"This character (U+{(int)c:X4}) is not used within the language.",
    };

    /// <summary>A syntax error at <paramref name="offset"/>.</summary>
    public HclSyntaxException Error(int offset, string summary, string detail) =>
        new(source.FileName, source.PositionOf(Math.Min(offset, _text.Length)), summary, detail);
}
