using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>Escapes, comments, unparsed blocks, directive names and macros.</summary>
internal sealed partial class VtlParser
{
    // Backslashes before a reference or a directive escape it; elsewhere they are text. True when handled here.
    private bool Escaped(List<VtlNode> nodes, StringBuilder text)
    {
        var k = _i;
        while (k < _s.Length && _s[k] == '\\') k++;
        var count = k - _i;
        if (k < _s.Length && _s[k] == '$')
        {
            var start = _i;
            _i = k;
            if (TryReference(out var reference))
            {
                Flush(nodes, text);
                nodes.Add(reference with { Escapes = count });
                return true;
            }
            _i = start;
        }
        else if (k < _s.Length && _s[k] == '#' && DirectiveAt(k) is { } directive && directive.Name != "##")
        {
            text.Append('\\', count / 2);
            _i = k;
            if (count % 2 == 0) return true;
            // \#if is the text #if; what follows it is parsed as usual.
            text.Append(_s, k, directive.End - k);
            _i = directive.End;
            return true;
        }
        text.Append('\\', count);
        _i = k;
        return true;
    }

    private void Dollar(List<VtlNode> nodes, StringBuilder text)
    {
        if (TryReference(out var reference))
        {
            Flush(nodes, text);
            nodes.Add(reference);
            return;
        }
        if (_i + 1 >= _s.Length) throw Error("'$' at the end of the template");
        // Velocity 1.7 drops the '!' of a "$!" that starts no reference.
        text.Append('$');
        _i += _s[_i + 1] == '!' ? 2 : 1;
    }

    // ## to the end of the line (the line break with it), #* to *# (or the end), #[[ ]]# as text. True when one was taken.
    private bool Comment(StringBuilder text)
    {
        if (_s.AsSpan(_i).StartsWith("##"))
        {
            var newline = _s.IndexOf('\n', _i);
            _i = newline < 0 ? _s.Length : newline + 1;
            return true;
        }
        if (_s.AsSpan(_i).StartsWith("#*"))
        {
            var close = _s.IndexOf("*#", _i + 2, StringComparison.Ordinal);
            _i = close < 0 ? _s.Length : close + 2;
            return true;
        }
        if (_s.AsSpan(_i).StartsWith("#[["))
        {
            var close = _s.IndexOf("]]#", _i + 3, StringComparison.Ordinal);
            if (close < 0) throw Error("#[[ without ]]#");
            text.Append(_s, _i + 3, close - _i - 3);
            _i = close + 3;
            return true;
        }
        return false;
    }

    // The directive at k (#name or #{name}; a macro call when a '(' follows a name that is no directive), or null for text.
    private (string Name, int End)? DirectiveAt(int k)
    {
        if (k + 1 >= _s.Length) return null;
        if (_s[k + 1] == '#') return ("##", k + 2);
        var braced = _s[k + 1] == '{';
        var start = k + 1 + (braced ? 1 : 0);
        if (start < _s.Length && _s[start] == '@') start++;
        var end = start;
        if (end >= _s.Length || !(char.IsAsciiLetter(_s[end]) || _s[end] == '_')) return null;
        while (end < _s.Length && (char.IsAsciiLetterOrDigit(_s[end]) || _s[end] is '_' or '-')) end++;
        var name = _s[(k + 1 + (braced ? 1 : 0))..end];
        if (braced)
        {
            if (end >= _s.Length || _s[end] != '}') return null;
            end++;
        }
        if (s_directives.Contains(name)) return (name, end);
        var paren = end;
        while (paren < _s.Length && _s[paren] is ' ' or '\t') paren++;
        return paren < _s.Length && _s[paren] == '(' ? (name, end) : null;
    }

    // #macro(name $a $b) body #end: defined when parsed, so a call may come before it.
    private void DefineMacro()
    {
        Expect('(');
        SkipSpaces();
        var name = WordAt();
        if (name.Length == 0) throw Error("#macro needs a name first");
        _i += name.Length;
        var parameters = new List<string>();
        while (true)
        {
            SkipSpaces();
            if (Peek() == ',') { _i++; continue; }
            if (Peek() == ')') break;
            parameters.Add(Peek() == '$' && TryReference(out var p) && p.Reference is VariableExpr { Chain.Count: 0 } v ? v.Name : throw Error($"#macro {name}: parameters are references"));
        }
        _i++;
        TakeRestOfLine();
        _macros[name] = new MacroDefinition(name, parameters, BodyToEnd("#macro"));
    }

    private MacroCallNode MacroCall(string name)
    {
        var start = _s.LastIndexOf('#', _i - 1);
        var block = name.StartsWith('@');
        Expect('(');
        var arguments = new List<Expr>();
        var sources = new List<string>();
        while (true)
        {
            SkipSpaces();
            if (Peek() == ',') { _i++; continue; }
            if (Peek() == ')') break;
            var from = _i;
            arguments.Add(Parameter());
            sources.Add(_s[from.._i].Trim());
        }
        _i++;
        var source = _s[start.._i];
        TakeRestOfLine();
        return new MacroCallNode(block ? name[1..] : name, arguments, sources, source, block ? BodyToEnd($"#{name}") : null);
    }
}
