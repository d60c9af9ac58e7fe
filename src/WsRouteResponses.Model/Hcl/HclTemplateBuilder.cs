namespace WsRouteResponses.Model.Hcl;

/// <summary>Turns scanned template tokens into parts: applies <c>~</c> strip markers, joins adjacent literal text and nests directives.</summary>
internal sealed class HclTemplateBuilder(HclTokenStream tokens, List<HclTemplateToken> scanned)
{
    private int _next;

    /// <summary>
    /// Removes the common indentation of a <c>&lt;&lt;-</c> heredoc's lines, as HCL does: lines that are blank do not count,
    /// and a line that starts with an interpolation has none.
    /// </summary>
    public static void FlushHeredoc(List<HclTemplateToken> scanned)
    {
        var minIndent = int.MaxValue;
        var newline = true;
        var adjust = new List<HclTemplateToken>();
        foreach (var token in scanned)
        {
            if (newline)
            {
                newline = false;
                var spaces = 0;
                if (token.Kind == HclTemplateTokenKind.Literal)
                {
                    var trimmed = token.Value.TrimStart();
                    if (trimmed.Length == 0 && token.Value.EndsWith('\n'))
                    {
                        newline = true;
                        continue;
                    }
                    spaces = token.Value.Length - trimmed.Length;
                    adjust.Add(token);
                }
                minIndent = Math.Min(minIndent, spaces);
            }
            if (token.Kind == HclTemplateTokenKind.Literal && token.Value.EndsWith('\n')) newline = true;
        }
        foreach (var token in adjust)
        {
            token.Value = token.Value[minIndent..];
            token.Start += minIndent;
        }
    }

    /// <summary>The template expression of the whole token list, written at <paramref name="range"/>.</summary>
    public HclExpression Build(HclRange range, int emptyAt)
    {
        if (scanned is [{ Kind: HclTemplateTokenKind.Interpolation } only])
            return new HclTemplateWrapExpr(range, only.Expression!);
        var parts = Sequence(emptyAt);
        if (_next < scanned.Count) throw Unexpected(scanned[_next]);
        return new HclTemplateExpr(range, parts);
    }

    /// <summary>Applies the <c>~</c> strip markers to the neighbouring literals (before heredoc indentation is measured, as in HCL).</summary>
    public static void ApplyStripMarkers(List<HclTemplateToken> scanned)
    {
        for (var i = 0; i < scanned.Count; i++)
        {
            var token = scanned[i];
            if (token.Strip.Before && i > 0 && scanned[i - 1].Kind == HclTemplateTokenKind.Literal)
                scanned[i - 1].Value = scanned[i - 1].Value.TrimEnd();
            if (token.Strip.After && i + 1 < scanned.Count && scanned[i + 1].Kind == HclTemplateTokenKind.Literal)
                scanned[i + 1].Value = scanned[i + 1].Value.TrimStart();
        }
    }

    // Parts up to the next else, endif or endfor (or the end); an empty sequence is one empty literal, as in HCL.
    private List<HclTemplatePart> Sequence(int endOffset)
    {
        var parts = new List<HclTemplatePart>();
        while (_next < scanned.Count)
        {
            var token = scanned[_next];
            switch (token.Kind)
            {
                case HclTemplateTokenKind.Literal:
                    parts.Add(Literals());
                    break;
                case HclTemplateTokenKind.Interpolation:
                    _next++;
                    parts.Add(new HclTemplateInterpolation(tokens.Range(token.Start, token.End), token.Expression!, token.Strip));
                    break;
                case HclTemplateTokenKind.If:
                    parts.Add(If());
                    break;
                case HclTemplateTokenKind.For:
                    parts.Add(For());
                    break;
                default:
                    return WithEmpty(parts, token.Start);
            }
        }
        return WithEmpty(parts, endOffset);
    }

    // Adjacent literal tokens (a heredoc has one a line) are one literal part.
    private HclTemplateLiteral Literals()
    {
        var first = scanned[_next];
        var last = _next;
        while (last + 1 < scanned.Count && scanned[last + 1].Kind == HclTemplateTokenKind.Literal) last++;
        var value = string.Concat(scanned.Skip(_next).Take(last - _next + 1).Select(t => t.Value));
        var range = tokens.Range(first.Start, scanned[last].End);
        _next = last + 1;
        return new HclTemplateLiteral(range, value);
    }

    private List<HclTemplatePart> WithEmpty(List<HclTemplatePart> parts, int at)
    {
        if (parts.Count == 0) parts.Add(new HclTemplateLiteral(tokens.Range(at, at), ""));
        return parts;
    }

    private HclTemplateExpr Nested(int endOffsetIfLast)
    {
        var parts = Sequence(endOffsetIfLast);
        return new HclTemplateExpr(NodeRange(parts[0]).To(NodeRange(parts[^1])), parts);
    }

    // HCL's nested templates span their parts' expressions: an interpolation counts from its expression, not from "${".
    private static HclRange NodeRange(HclTemplatePart part) => part is HclTemplateInterpolation interpolation ? interpolation.Expression.Range : part.Range;

    private HclTemplateIf If()
    {
        var open = scanned[_next++];
        tokens.Enter(open.Start);
        try
        {
            var whenTrue = Nested(open.End);
            HclTemplateExpr? whenFalse = null;
            var strips = new List<HclStripMarkers> { open.Strip };
            if (_next < scanned.Count && scanned[_next].Kind == HclTemplateTokenKind.Else)
            {
                strips.Add(scanned[_next++].Strip);
                whenFalse = Nested(open.End);
            }
            var close = Expect(HclTemplateTokenKind.EndIf, open, "endif");
            strips.Add(close.Strip);
            return new HclTemplateIf(tokens.Range(open.Start, close.End), open.Expression!, whenTrue, whenFalse, strips);
        }
        finally
        {
            tokens.Leave();
        }
    }

    private HclTemplateFor For()
    {
        var open = scanned[_next++];
        tokens.Enter(open.Start);
        try
        {
            var body = Nested(open.End);
            var close = Expect(HclTemplateTokenKind.EndFor, open, "endfor");
            return new HclTemplateFor(tokens.Range(open.Start, close.End), open.KeyVariable, open.ValueVariable!, open.Expression!, body, [open.Strip, close.Strip]);
        }
        finally
        {
            tokens.Leave();
        }
    }

    private HclTemplateToken Expect(HclTemplateTokenKind kind, HclTemplateToken open, string keyword)
    {
        if (_next < scanned.Count && scanned[_next].Kind == kind) return scanned[_next++];
        if (_next < scanned.Count) throw Unexpected(scanned[_next]);
        throw tokens.Lexer.Error(open.Start, "Unterminated template directive", $"This directive has no matching %{{{keyword}}}.");
    }

    private HclSyntaxException Unexpected(HclTemplateToken token) => tokens.Lexer.Error(token.Start, "Unexpected template directive",
        $"This %{{{token.Kind.ToString().ToLowerInvariant()}}} has no matching opening directive.");
}
