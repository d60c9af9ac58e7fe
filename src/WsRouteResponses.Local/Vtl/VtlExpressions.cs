using System.Globalization;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>References and the expressions of directives and method arguments.</summary>
internal sealed partial class VtlParser
{
    // $name, $!name, ${name}, $!{name}, each followed by .property, .method(args) and [index].
    private bool TryReference(out ReferenceNode reference)
    {
        reference = null!;
        var start = _i;
        var k = _i + 1;
        var quiet = k < _s.Length && _s[k] == '!';
        if (quiet) k++;
        var formal = k < _s.Length && _s[k] == '{';
        if (formal) k++;
        if (k >= _s.Length || !(char.IsAsciiLetter(_s[k]) || _s[k] == '_')) return false;
        _i = k;
        var name = Identifier();
        var chain = new List<Accessor>();
        while (_i < _s.Length)
        {
            if (_s[_i] == '.' && _i + 1 < _s.Length && (char.IsAsciiLetter(_s[_i + 1]) || _s[_i + 1] == '_'))
            {
                _i++;
                var member = Identifier();
                if (_i < _s.Length && _s[_i] == '(')
                {
                    _i++;
                    chain.Add(new MethodAccessor(member, Arguments(')')));
                }
                else chain.Add(new PropertyAccessor(member));
            }
            else if (_s[_i] == '[')
            {
                _i++;
                var at = _i;
                var index = Parameter();
                // Velocity 1.7 indexes with an integer, a string or a reference.
                if (index is LiteralExpr { Value: double } or ListExpr or MapExpr or RangeExpr) throw ErrorAt(at, "an index is an integer, a string or a reference");
                Expect(']');
                chain.Add(new IndexAccessor(index));
            }
            else break;
        }
        if (formal)
        {
            if (_i >= _s.Length || _s[_i] != '}') throw Error($"'}}' expected to close {_s[start.._i]}");
            _i++;
        }
        var source = _s[start.._i];
        var (line, column) = Position(start);
        reference = new ReferenceNode(new VariableExpr(name, chain, source, line, column), quiet, source);
        return true;
    }

    private string Identifier()
    {
        var start = _i;
        // Velocity 1.7 names may hold '-': $a-$b is the reference $a- followed by $b.
        while (_i < _s.Length && (char.IsAsciiLetterOrDigit(_s[_i]) || _s[_i] is '_' or '-')) _i++;
        return _s[start.._i];
    }

    private (int Line, int Column) Position(int at)
    {
        var line = 1 + _s.AsSpan(0, at).Count('\n');
        var lineStart = at == 0 ? 0 : _s.LastIndexOf('\n', at - 1) + 1;
        return (line, at - lineStart + 1);
    }

    private List<Expr> Arguments(char close)
    {
        var items = new List<Expr>();
        SkipSpaces();
        if (Peek() == close) { _i++; return items; }
        while (true)
        {
            items.Add(Parameter());
            SkipSpaces();
            if (Peek() == ',') { _i++; continue; }
            Expect(close);
            return items;
        }
    }

    /// <summary>
    /// A method or macro argument, list or map item, range bound, index or directive argument: Velocity 1.7's grammar takes
    /// only a reference or a literal there (no operator, no parenthesis).
    /// </summary>
    private Expr Parameter()
    {
        using var nesting = Deeper();
        SkipSpaces();
        return Peek() == '(' ? throw Error("only a reference or a literal may stand here, not an expression") : Primary();
    }

    private Expr Expression()
    {
        using var nesting = Deeper();
        return Binary(0);
    }

    private static readonly string[][] s_levels =
    [
        ["||", "or"], ["&&", "and"], ["==", "!=", "eq", "ne"], ["<=", ">=", "<", ">", "le", "ge", "lt", "gt"], ["+", "-"], ["*", "/", "%"],
    ];

    private Expr Binary(int level)
    {
        if (level == s_levels.Length) return Unary();
        var left = Binary(level + 1);
        while (true)
        {
            SkipSpaces();
            var op = s_levels[level].FirstOrDefault(o => _s.AsSpan(_i).StartsWith(o) && (char.IsAsciiLetter(o[0]) ? !IsWordChar(_i + o.Length) : true));
            if (op is null) return left;
            // '-' directly before a digit starts a negative number literal, never a minus: "$n -1" and "7-1" are refused.
            if (op == "-" && _i + 1 < _s.Length && char.IsAsciiDigit(_s[_i + 1])) return left;
            _i += op.Length;
            left = new BinaryExpr(Canonical(op), left, Binary(level + 1));
        }
    }

    private static string Canonical(string op) => op switch
    {
        "or" => "||", "and" => "&&", "eq" => "==", "ne" => "!=", "le" => "<=", "ge" => ">=", "lt" => "<", "gt" => ">", _ => op,
    };

    private bool IsWordChar(int k) => k < _s.Length && char.IsAsciiLetterOrDigit(_s[k]);

    private Expr Unary()
    {
        SkipSpaces();
        if (Peek() == '!') { _i++; return new UnaryExpr("!", Unary()); }
        if (_s.AsSpan(_i).StartsWith("not") && !IsWordChar(_i + 3)) { _i += 3; return new UnaryExpr("!", Unary()); }
        // Velocity 1.7 has negative number literals but no unary minus.
        return Primary();
    }

    private Expr Primary()
    {
        SkipSpaces();
        var c = Peek();
        switch (c)
        {
            case '(':
                _i++;
                var inner = Expression();
                Expect(')');
                return inner;
            case '\'':
                return new LiteralExpr(Quoted('\''));
            case '"':
                var text = Quoted('"');
                return text.AsSpan().IndexOfAny('$', '#') < 0 ? new LiteralExpr(text) : new InterpolatedExpr(Nested(text));
            case '$':
                return TryReference(out var reference) ? reference.Reference : throw Error("'$' without a name");
            case '-' when _i + 1 < _s.Length && char.IsAsciiDigit(_s[_i + 1]):
                return Number();
            case '[':
                _i++;
                SkipSpaces();
                if (Peek() == ']') { _i++; return new ListExpr([]); }
                var first = Parameter();
                SkipSpaces();
                if (_s.AsSpan(_i).StartsWith(".."))
                {
                    _i += 2;
                    var to = Parameter();
                    Expect(']');
                    // Velocity 1.7's range bounds are integer literals or references.
                    return first is LiteralExpr { Value: not long } || to is LiteralExpr { Value: not long } || first is not (LiteralExpr or VariableExpr) || to is not (LiteralExpr or VariableExpr)
                        ? throw Error("a range's bounds are integers or references")
                        : new RangeExpr(first, to);
                }
                List<Expr> items = [first];
                if (Peek() == ',')
                {
                    _i++;
                    items.AddRange(Arguments(']'));
                }
                else Expect(']');
                return new ListExpr(items);
            case '{':
                _i++;
                var entries = new List<(Expr, Expr)>();
                SkipSpaces();
                while (Peek() != '}')
                {
                    var key = Parameter();
                    Expect(':');
                    entries.Add((key, Parameter()));
                    SkipSpaces();
                    if (Peek() == ',')
                    {
                        _i++;
                        SkipSpaces();
                        if (Peek() == '}') throw Error("an entry expected after ',' in a map");
                    }
                    else if (Peek() != '}') throw Error("',' or '}' expected in a map");
                }
                _i++;
                return new MapExpr(entries);
        }
        if (char.IsAsciiDigit(c)) return Number();
        var word = WordAt();
        _i += word.Length;
        return word switch
        {
            "true" => new LiteralExpr(true),
            "false" => new LiteralExpr(false),
            _ => throw Error($"unexpected '{(word.Length > 0 ? word : c.ToString())}'"),
        };
    }

    private string WordAt()
    {
        var k = _i;
        while (k < _s.Length && char.IsAsciiLetter(_s[k])) k++;
        return _s[_i..k];
    }

    private Expr Number()
    {
        var start = _i;
        if (Peek() == '-') _i++;
        while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) _i++;
        var isDecimal = _i + 1 < _s.Length && _s[_i] == '.' && char.IsAsciiDigit(_s[_i + 1]);
        if (isDecimal) { _i++; while (_i < _s.Length && char.IsAsciiDigit(_s[_i])) _i++; }
        var text = _s[start.._i];
        return isDecimal || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? new LiteralExpr(double.Parse(text, CultureInfo.InvariantCulture))
            : new LiteralExpr(whole);
    }

    // A string literal: a doubled quote stands for one, \uXXXX for its character.
    private string Quoted(char quote)
    {
        var open = _i++;
        var text = new StringBuilder();
        while (true)
        {
            if (_i >= _s.Length) throw ErrorAt(open, "unterminated string literal");
            var c = _s[_i++];
            if (c == quote && Peek() == quote) { text.Append(quote); _i++; }
            else if (c == quote) return text.ToString();
            else if (c == '\\' && Peek() == 'u' && _i + 5 <= _s.Length && int.TryParse(_s.AsSpan(_i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                _i += 5;
            }
            else text.Append(c);
        }
    }

    // The parts of a double-quoted string, parsed as a template of their own (their macros join this one's).
    private IReadOnlyList<VtlNode> Nested(string text)
    {
        var parser = new VtlParser(text, _macros, _errorKind, _depth);
        var nodes = parser.Block(out var end);
        return end is null ? nodes : throw Error($"#{end} without an open directive in a string literal");
    }

    private char Peek() => _i < _s.Length ? _s[_i] : '\0';

    private void SkipSpaces()
    {
        while (_i < _s.Length && char.IsWhiteSpace(_s[_i])) _i++;
    }

    private void Expect(char c)
    {
        SkipSpaces();
        if (Peek() != c) throw Error($"'{c}' expected");
        _i++;
    }
}
