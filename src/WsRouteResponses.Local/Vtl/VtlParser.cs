using System.Globalization;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// Parses the Velocity Template Language as Apache Velocity 1.7 does: text, references (<c>$x.y.m(a)[i]</c>, <c>${x}</c>,
/// quiet <c>$!x</c>, with <c>-</c> allowed in names), escapes (<c>\$x</c>, <c>\#if</c>), comments, <c>#[[ ]]#</c>, and the
/// directives #set, #if/#elseif/#else, #foreach, #break, #stop, #macro (and macro calls), #define, #evaluate, #parse and
/// #include. Whitespace follows 1.7: a directive's closing parenthesis, #else and #end take the rest of their line when
/// only blanks follow; #set also takes the blanks that start its token; everything else is kept.
/// </summary>
internal sealed partial class VtlParser
{
    private static readonly HashSet<string> s_directives = new(StringComparer.Ordinal)
    {
        "set", "if", "elseif", "else", "end", "foreach", "break", "stop", "macro", "define", "evaluate", "parse", "include",
    };

    // Directives and expressions nested deeper than this are refused, so that no template can exhaust the stack.
    private const int MaxDepth = 100;

    private readonly string _s;
    private readonly Dictionary<string, MacroDefinition> _macros;
    private readonly VtlErrorKind _errorKind;
    private int _i;
    private int _depth;
    private Expr? _elseIf;

    private VtlParser(string template, Dictionary<string, MacroDefinition> macros, VtlErrorKind errorKind, int depth = 0)
    {
        _s = template;
        _macros = macros;
        _errorKind = errorKind;
        _depth = depth;
    }

    /// <summary>The nodes of <paramref name="template"/> and the macros it defines.</summary>
    /// <param name="template">The template's text.</param>
    /// <param name="errorKind">The kind of the errors it throws: <see cref="VtlErrorKind.Render"/> for text that <c>#evaluate</c> parses while rendering.</param>
    /// <exception cref="VtlException">Velocity 1.7 refuses the template; the message names the line and column.</exception>
    public static (IReadOnlyList<VtlNode> Nodes, IReadOnlyDictionary<string, MacroDefinition> Macros) Parse(string template, VtlErrorKind errorKind = VtlErrorKind.Parse)
    {
        var parser = new VtlParser(template, new Dictionary<string, MacroDefinition>(StringComparer.Ordinal), errorKind);
        var nodes = parser.Block(out var end);
        return end is null ? (nodes, parser._macros) : throw parser.Error($"#{end} without an open #if, #foreach, #macro or #define");
    }

    // Text, references and directives up to the end or to #end/#else/#elseif (returned in end; an #elseif's condition is left in _elseIf).
    private List<VtlNode> Block(out string? end)
    {
        using var nesting = Deeper();
        var nodes = new List<VtlNode>();
        var text = new StringBuilder();
        end = null;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == '\\' && Escaped(nodes, text)) continue;
            if (c == '$')
            {
                Dollar(nodes, text);
                continue;
            }
            if (c != '#')
            {
                text.Append(c);
                _i++;
                continue;
            }
            if (Comment(text)) continue;
            if (DirectiveAt(_i) is not { } directive)
            {
                text.Append(c);
                _i++;
                continue;
            }
            // #set takes the blanks that begin its token (those after a directive, a reference or the template's start).
            if (directive.Name == "set" && text.ToString().All(ch => ch is ' ' or '\t')) text.Clear();
            Flush(nodes, text);
            _i = directive.End;
            if (directive.Name is "end" or "else" or "elseif")
            {
                if (directive.Name == "elseif") _elseIf = ConditionThenLine();
                else TakeRestOfLine();
                end = directive.Name;
                return nodes;
            }
            if (Directive(directive.Name) is { } node) nodes.Add(node);
        }
        Flush(nodes, text);
        return nodes;
    }

    private VtlNode? Directive(string name)
    {
        switch (name)
        {
            case "set":
                Expect('(');
                SkipSpaces();
                var target = Peek() == '$' && TryReference(out var reference) && reference.Reference is VariableExpr variable ? variable : throw Error("#set needs a reference to assign to");
                Expect('=');
                var value = Expression();
                Expect(')');
                TakeRestOfLine();
                return new SetNode(target, value);
            case "if":
                return If(ConditionThenLine());
            case "foreach":
                return Foreach();
            case "break":
                return new BreakNode(OptionalArgument());
            case "stop":
                return new StopNode();
            case "macro":
                DefineMacro();
                return null;
            case "define":
                Expect('(');
                SkipSpaces();
                var block = Peek() == '$' && TryReference(out var named) && named.Reference is VariableExpr { Chain.Count: 0 } v ? v.Name : throw Error("#define needs a reference");
                Expect(')');
                TakeRestOfLine();
                return new DefineNode(block, BodyToEnd("#define"));
            case "evaluate":
                return new EvaluateNode(OptionalArgument() ?? throw Error("#evaluate needs an argument"));
            case "parse" or "include":
                return new IncludeNode(name, OptionalArgument() ?? throw Error($"#{name} needs an argument"));
            default:
                return MacroCall(name);
        }
    }

    private IfNode If(Expr condition)
    {
        var branches = new List<(Expr, IReadOnlyList<VtlNode>)>();
        while (true)
        {
            var body = Block(out var end);
            branches.Add((condition, body));
            switch (end)
            {
                case "elseif":
                    condition = _elseIf!;
                    continue;
                case "else":
                    return new IfNode(branches, BodyToEnd("#else"));
                case "end": return new IfNode(branches, null);
                default: throw Error("#if without #end");
            }
        }
    }

    private VtlNode Foreach()
    {
        Expect('(');
        SkipSpaces();
        var variable = Peek() == '$' && TryReference(out var item) && item.Reference is VariableExpr { Chain.Count: 0 } v ? v.Name : Primary() is LiteralExpr ? " " : throw Error("#foreach needs a variable");
        SkipSpaces();
        if (Peek() == ')')
        {
            // Velocity 1.7 loads #foreach($i) and fails only when it renders it.
            var problem = Error("#foreach needs 'in' and a list").Message;
            _i++;
            TakeRestOfLine();
            BodyToEnd("#foreach");
            return new FailNode(problem);
        }
        Expr items;
        if (_s.AsSpan(_i).StartsWith("in") && !IsWordChar(_i + 2))
        {
            _i += 2;
            items = Parameter();
        }
        else
        {
            // Velocity 1.7 takes #foreach($i $list) and iterates nothing.
            _ = Parameter();
            items = new LiteralExpr(null);
        }
        Expect(')');
        TakeRestOfLine();
        return new ForeachNode(variable, items, BodyToEnd("#foreach"));
    }

    private List<VtlNode> BodyToEnd(string directive)
    {
        var body = Block(out var end);
        return end == "end" ? body : throw Error(end is null ? $"{directive} without #end" : $"#{end} inside {directive}");
    }

    // "(argument)" after #break, #evaluate, #parse or #include; null when there is none.
    private Expr? OptionalArgument()
    {
        var k = _i;
        while (k < _s.Length && _s[k] is ' ' or '\t') k++;
        if (k >= _s.Length || _s[k] != '(') return null;
        _i = k + 1;
        var argument = Parameter();
        Expect(')');
        TakeRestOfLine();
        return argument;
    }

    private Expr ConditionThenLine()
    {
        Expect('(');
        var condition = Expression();
        Expect(')');
        TakeRestOfLine();
        return condition;
    }

    // After a directive: blanks and a line break go with it; blanks followed by more text stay.
    private void TakeRestOfLine()
    {
        var k = _i;
        while (k < _s.Length && _s[k] is ' ' or '\t') k++;
        if (k < _s.Length && _s[k] == '\n') _i = k + 1;
        else if (k < _s.Length && _s[k] == '\r') _i = k + 1 < _s.Length && _s[k + 1] == '\n' ? k + 2 : k + 1;
    }

    /// <summary>One level deeper, until disposed.</summary>
    private Nesting Deeper() => ++_depth > MaxDepth ? throw Error($"nested more than {MaxDepth} deep") : new Nesting(this);

    private readonly struct Nesting(VtlParser parser) : IDisposable
    {
        /// <summary>Back up one level.</summary>
        public void Dispose() => parser._depth--;
    }

    private static void Flush(List<VtlNode> nodes, StringBuilder text)
    {
        if (text.Length == 0) return;
        nodes.Add(new TextNode(text.ToString()));
        text.Clear();
    }

    private VtlException Error(string problem) => ErrorAt(_i, problem);

    private VtlException ErrorAt(int at, string problem)
    {
        at = Math.Min(at, _s.Length);
        var line = 1 + _s.AsSpan(0, at).Count('\n');
        var column = at - (_s.LastIndexOf('\n', Math.Max(at - 1, 0)) is var nl && nl >= 0 && nl < at ? nl + 1 : 0) + 1;
        return new VtlException(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: {problem}"), _errorKind);
    }
}
