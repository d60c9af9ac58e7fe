using System.Globalization;

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
                var index = Expression();
                Expect(']');
                chain.Add(new IndexAccessor(index));
            }
            else break;
        }
        if (formal)
        {
            if (_i >= _s.Length || _s[_i] != '}')
            {
                _i = start;
                return false;
            }
            _i++;
        }
        reference = new ReferenceNode(new VariableExpr(name, chain), quiet, _s[start.._i]);
        return true;
    }

    private string Identifier()
    {
        var start = _i;
        while (_i < _s.Length && (char.IsAsciiLetterOrDigit(_s[_i]) || _s[_i] == '_')) _i++;
        return _s[start.._i];
    }

    private List<Expr> Arguments(char close)
    {
        var items = new List<Expr>();
        SkipSpaces();
        if (Peek() == close) { _i++; return items; }
        while (true)
        {
            items.Add(Expression());
            SkipSpaces();
            if (Peek() == ',') { _i++; continue; }
            Expect(close);
            return items;
        }
    }

    private Expr Expression() => Binary(0);

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
        if (Peek() == '-' && _i + 1 < _s.Length && char.IsAsciiDigit(_s[_i + 1])) return Primary();
        if (Peek() == '-') { _i++; return new UnaryExpr("-", Unary()); }
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
                return new InterpolatedExpr(Parse(Quoted('"')));
            case '$':
                return TryReference(out var reference) ? reference.Reference : throw Error("'$' without a name");
            case '[':
                _i++;
                SkipSpaces();
                if (Peek() == ']') { _i++; return new ListExpr([]); }
                var first = Expression();
                SkipSpaces();
                if (_s.AsSpan(_i).StartsWith(".."))
                {
                    _i += 2;
                    var to = Expression();
                    Expect(']');
                    return new RangeExpr(first, to);
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
                    var key = Expression();
                    Expect(':');
                    entries.Add((key, Expression()));
                    SkipSpaces();
                    if (Peek() == ',') _i++;
                    else if (Peek() != '}') throw Error("',' or '}' expected in a map");
                    SkipSpaces();
                }
                _i++;
                return new MapExpr(entries);
        }
        if (char.IsAsciiDigit(c) || c == '-') return Number();
        var word = WordAt();
        _i += word.Length;
        return word switch
        {
            "true" => new LiteralExpr(true),
            "false" => new LiteralExpr(false),
            "null" => new LiteralExpr(null),
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

    private string Quoted(char quote)
    {
        _i++;
        var start = _i;
        var end = _s.IndexOf(quote, _i);
        if (end < 0) throw Error($"unterminated string literal");
        _i = end + 1;
        return _s[start..end];
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
