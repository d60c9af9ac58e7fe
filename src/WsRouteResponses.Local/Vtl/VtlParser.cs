using System.Globalization;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// Parses the Velocity Template Language as API Gateway mapping templates use it: text, references
/// (<c>$x.y.m(a)</c>, <c>${x}</c>, quiet <c>$!x</c>), <c>#set</c>, <c>#if</c>/<c>#elseif</c>/<c>#else</c>/<c>#end</c>,
/// <c>#foreach</c>, <c>#break</c>, comments <c>##</c> and <c>#* *#</c>. A directive or comment alone on
/// its line takes the whole line with it, so that templates laid out over lines render as their authors
/// expect (Velocity 2's "lines" whitespace mode).
/// </summary>
internal sealed partial class VtlParser
{
    private static readonly string[] s_blockEnds = ["end", "else", "elseif"];
    private readonly string _s;
    private int _i;

    private VtlParser(string template) => _s = template;

    public static IReadOnlyList<VtlNode> Parse(string template)
    {
        var parser = new VtlParser(template);
        var nodes = parser.Block(out var end);
        return end is null ? nodes : throw parser.Error($"#{end} without an open #if or #foreach");
    }

    // Text, references and directives up to the end or to #end/#else/#elseif (returned in end; an
    // #elseif's condition is left in _elseIf).
    private List<VtlNode> Block(out string? end)
    {
        var nodes = new List<VtlNode>();
        var text = new StringBuilder();
        end = null;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == '$' && TryReference(out var reference))
            {
                Flush(nodes, text);
                nodes.Add(reference);
                continue;
            }
            if (c != '#' || DirectiveName() is not { } name)
            {
                text.Append(c);
                _i++;
                continue;
            }
            // A directive alone on its line takes the line: the indentation before it and the line break after its header.
            var lineStart = AloneOnLine(text) ? TrimmedLength(text) : -1;
            Skip(name);
            if (name == "elseif") _elseIf = Condition();
            if (name == "##") while (_i < _s.Length && _s[_i] != '\n') _i++;
            if (name == "#*") _i = _s.IndexOf("*#", _i, StringComparison.Ordinal) is var close and >= 0 ? close + 2 : throw Error("#* without *#");
            var header = name switch
            {
                "set" => Set(),
                "if" => (object)Condition(),
                "foreach" => Foreach(),
                _ => null,
            };
            if (lineStart >= 0 && RestOfLineIsBlank()) text.Length = lineStart;
            else if (name == "##" && _i < _s.Length) _i++; // a line comment takes its line break
            Flush(nodes, text);
            if (s_blockEnds.Contains(name))
            {
                end = name;
                return nodes;
            }
            switch (header)
            {
                case SetNode set: nodes.Add(set); break;
                case Expr condition: nodes.Add(If(condition)); break;
                case (string variable, Expr items):
                    var body = Block(out var last);
                    nodes.Add(last == "end" ? new ForeachNode(variable, items, body) : throw Error("#foreach without #end"));
                    break;
                case null when name == "break": nodes.Add(new BreakNode()); break;
            }
        }
        Flush(nodes, text);
        return nodes;
    }

    private Expr? _elseIf;

    private Expr Condition()
    {
        Expect('(');
        var condition = Expression();
        Expect(')');
        return condition;
    }

    private SetNode Set()
    {
        Expect('(');
        var target = Expression();
        if (target is not VariableExpr) throw Error("#set needs a reference to assign to");
        Expect('=');
        var value = Expression();
        Expect(')');
        return new SetNode(target, value);
    }

    private (string Variable, Expr Items) Foreach()
    {
        Expect('(');
        SkipSpaces();
        if (!TryReference(out var item) || item.Reference is not VariableExpr { Chain.Count: 0 } variable) throw Error("#foreach needs a variable");
        SkipSpaces();
        if (!_s.AsSpan(_i).StartsWith("in")) throw Error("#foreach needs 'in'");
        _i += 2;
        var items = Expression();
        Expect(')');
        return (variable.Name, items);
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
                    var otherwise = Block(out var last);
                    return last == "end" ? new IfNode(branches, otherwise) : throw Error("#else without #end");
                case "end": return new IfNode(branches, null);
                default: throw Error("#if without #end");
            }
        }
    }

    // The directive at _i ("set", "if", "##", "#*", ...), accepting #{name} too, or null for a plain '#'.
    private string? DirectiveName()
    {
        if (_i + 1 >= _s.Length) return null;
        if (_s[_i + 1] == '#') return "##";
        if (_s[_i + 1] == '*') return "#*";
        var start = _i + 1 + (_s[_i + 1] == '{' ? 1 : 0);
        var end = start;
        while (end < _s.Length && char.IsAsciiLetter(_s[end])) end++;
        var name = _s[start..end];
        if (name is not ("set" or "if" or "elseif" or "else" or "end" or "foreach" or "break")) return null;
        return start > _i + 1 && (end >= _s.Length || _s[end] != '}') ? null : name;
    }

    private void Skip(string name)
    {
        if (name is "##" or "#*") { _i += 2; return; }
        var braced = _s[_i + 1] == '{';
        _i += 1 + name.Length + (braced ? 2 : 0);
    }

    private static int TrimmedLength(StringBuilder text)
    {
        var length = text.Length;
        while (length > 0 && text[length - 1] is ' ' or '\t') length--;
        return length;
    }

    // Only blanks between the start of the line and the directive.
    private bool AloneOnLine(StringBuilder text) => LineStartsBefore();

    private bool LineStartsBefore()
    {
        for (var k = _i - 1; k >= 0; k--)
        {
            if (_s[k] == '\n') return true;
            if (_s[k] is not (' ' or '\t')) return false;
        }
        return true;
    }

    private bool RestOfLineIsBlank()
    {
        var k = _i;
        while (k < _s.Length && _s[k] is ' ' or '\t' or '\r') k++;
        if (k < _s.Length && _s[k] != '\n') return false;
        _i = Math.Min(k + 1, _s.Length);
        return true;
    }

    private static void Flush(List<VtlNode> nodes, StringBuilder text)
    {
        if (text.Length == 0) return;
        nodes.Add(new TextNode(text.ToString()));
        text.Clear();
    }

    private VtlException Error(string problem)
    {
        var line = 1 + _s.AsSpan(0, Math.Min(_i, _s.Length)).Count('\n');
        return new VtlException(string.Create(CultureInfo.InvariantCulture, $"Mapping template line {line}: {problem}."));
    }
}
