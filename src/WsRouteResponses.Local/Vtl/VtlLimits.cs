namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// What one rendering may use, so that no template and no message can hang the server or exhaust its memory.
/// These are the local runtime's own bounds (AWS documents none); each, when passed, fails the template.
/// </summary>
/// <param name="MaxIterations">#foreach iterations in all loops together, and items of a range.</param>
/// <param name="MaxOutput">Characters of output, and of any string a template builds.</param>
/// <param name="MaxMacroDepth">Macro calls within macro calls (Velocity's velocimacro.max.depth, 20).</param>
/// <param name="Timeout">Time for the whole rendering.</param>
public sealed record VtlLimits(int MaxIterations, int MaxOutput, int MaxMacroDepth, TimeSpan Timeout)
{
    /// <summary>100,000 iterations, 1 MiB of output, 20 nested macro calls, 2 seconds.</summary>
    public static VtlLimits Default { get; } = new(100_000, 1 << 20, 20, TimeSpan.FromSeconds(2));
}
