namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// A mapping template (Velocity Template Language as Apache Velocity 1.7 runs it, which API Gateway uses), parsed once
/// and rendered per message with the variables of that message (<c>$context</c>, <c>$input</c>, <c>$util</c>). No
/// maintained VTL engine exists for .NET, so this one is the project's own, checked against Velocity 1.7 itself (docs/vtl.md).
/// </summary>
public sealed class VtlTemplate
{
    private readonly IReadOnlyList<VtlNode> _nodes;
    private readonly IReadOnlyDictionary<string, MacroDefinition> _macros;

    private VtlTemplate((IReadOnlyList<VtlNode> Nodes, IReadOnlyDictionary<string, MacroDefinition> Macros) parsed) => (_nodes, _macros) = parsed;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="VtlException">Velocity 1.7 refuses the template; the message names the line and column.</exception>
    public static VtlTemplate Parse(string text) => new(VtlParser.Parse(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Renders the template with <paramref name="variables"/> (names without <c>$</c>) within <paramref name="limits"/> (by default <see cref="VtlLimits.Default"/>).</summary>
    /// <exception cref="VtlException">A method call threw, or the rendering passed a limit.</exception>
    public string Render(IReadOnlyDictionary<string, object?> variables, VtlLimits? limits = null) =>
        new VtlRenderer(variables, _macros, limits ?? VtlLimits.Default).Run(_nodes);
}
