namespace WsRouteResponses.Model.Hcl;

/// <summary>What the template scanner found: literal text, an interpolation, or a directive.</summary>
internal enum HclTemplateTokenKind { Literal, Interpolation, If, Else, EndIf, For, EndFor }

/// <summary>
/// One piece of a template before it is built into parts. Literal values and starts change while heredoc
/// indentation and strip markers are applied, so this one is mutable (and never leaves the parser).
/// </summary>
internal sealed class HclTemplateToken(HclTemplateTokenKind kind, int start, int end)
{
    public HclTemplateTokenKind Kind { get; } = kind;
    public int Start { get; set; } = start;
    public int End { get; } = end;
    public string Value { get; set; } = "";
    public HclExpression? Expression { get; init; }
    public string? KeyVariable { get; init; }
    public string? ValueVariable { get; init; }
    public HclStripMarkers Strip { get; init; }
}
