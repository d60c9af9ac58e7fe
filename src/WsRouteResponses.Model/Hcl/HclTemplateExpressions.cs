namespace WsRouteResponses.Model.Hcl;

/// <summary>A string template (<c>"..."</c>, a heredoc, or a template read with <see cref="HclParser.ParseTemplate"/>): its parts joined.</summary>
/// <param name="Range">Where it is written (with quotes or heredoc markers).</param>
/// <param name="Parts">Literal text, interpolations and directives, in order.</param>
public sealed record HclTemplateExpr(HclRange Range, IReadOnlyList<HclTemplatePart> Parts) : HclExpression(Range)
{
    /// <summary>The text when the template has no interpolation or directive, else null.</summary>
    public string? LiteralText => Parts is [HclTemplateLiteral only] ? only.Value : Parts.Count == 0 ? "" : null;
}

/// <summary>A template that is exactly one interpolation (<c>"${var.list}"</c>): its value is the wrapped expression's, not a string.</summary>
/// <param name="Range">Where it is written.</param>
/// <param name="Wrapped">The interpolated expression.</param>
public sealed record HclTemplateWrapExpr(HclRange Range, HclExpression Wrapped) : HclExpression(Range);

/// <summary>One part of a template.</summary>
/// <param name="Range">Where it is written.</param>
public abstract record HclTemplatePart(HclRange Range);

/// <summary>Literal text: escapes decoded, heredoc indentation and <c>~</c> strip markers applied.</summary>
/// <param name="Range">Where the text is written.</param>
/// <param name="Value">The text.</param>
public sealed record HclTemplateLiteral(HclRange Range, string Value) : HclTemplatePart(Range);

/// <summary><c>${ expression }</c>.</summary>
/// <param name="Range">From <c>${</c> to <c>}</c>.</param>
/// <param name="Expression">The interpolated expression.</param>
/// <param name="Strip">The <c>~</c> markers written.</param>
public sealed record HclTemplateInterpolation(HclRange Range, HclExpression Expression, HclStripMarkers Strip) : HclTemplatePart(Range);

/// <summary><c>%{ if cond }...%{ else }...%{ endif }</c>.</summary>
/// <param name="Range">From <c>%{ if</c> to the end of <c>%{ endif }</c>.</param>
/// <param name="Condition">The condition.</param>
/// <param name="WhenTrue">The template when it holds.</param>
/// <param name="WhenFalse">The template after <c>%{ else }</c>, or null.</param>
/// <param name="Strip">The <c>~</c> markers of the if, else and endif directives.</param>
public sealed record HclTemplateIf(HclRange Range, HclExpression Condition, HclTemplateExpr WhenTrue, HclTemplateExpr? WhenFalse, IReadOnlyList<HclStripMarkers> Strip) : HclTemplatePart(Range);

/// <summary><c>%{ for k, v in coll }...%{ endfor }</c>.</summary>
/// <param name="Range">From <c>%{ for</c> to the end of <c>%{ endfor }</c>.</param>
/// <param name="KeyVariable">The first symbol when two are given, else null.</param>
/// <param name="ValueVariable">The value symbol.</param>
/// <param name="Collection">The collection iterated.</param>
/// <param name="Body">The template repeated for each element.</param>
/// <param name="Strip">The <c>~</c> markers of the for and endfor directives.</param>
public sealed record HclTemplateFor(HclRange Range, string? KeyVariable, string ValueVariable, HclExpression Collection, HclTemplateExpr Body, IReadOnlyList<HclStripMarkers> Strip) : HclTemplatePart(Range);

/// <summary>The <c>~</c> strip markers of an interpolation or directive (already applied to the neighbouring literals).</summary>
/// <param name="Before"><c>${~</c> / <c>%{~</c>: whitespace before it was removed.</param>
/// <param name="After"><c>~}</c>: whitespace after it was removed.</param>
public readonly record struct HclStripMarkers(bool Before, bool After);
