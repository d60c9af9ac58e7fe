namespace WsRouteResponses.Model.Hcl;

/// <summary>The kinds of token of HCL's native syntax (outside template text, which the template parser reads itself).</summary>
internal enum HclTokenKind
{
    Identifier, Number, OpenBrace, CloseBrace, OpenBracket, CloseBracket, OpenParen, CloseParen,
    Comma, Dot, Ellipsis, Colon, DoubleColon, Question, Assign, FatArrow, Tilde,
    Equal, NotEqual, Bang, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual,
    And, Or, Plus, Minus, Star, Slash, Percent,
    OpenQuote, OpenHeredoc, Newline, EndOfFile,
}

/// <summary>One token: its kind and where it is written ([Start, End) in the source text).</summary>
internal readonly record struct HclToken(HclTokenKind Kind, int Start, int End);
