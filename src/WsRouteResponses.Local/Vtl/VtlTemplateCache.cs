using System.Collections.Concurrent;

namespace WsRouteResponses.Local.Vtl;

/// <summary>Parsed templates by their text: a stack's templates are parsed once, not per message.</summary>
internal sealed class VtlTemplateCache
{
    private readonly ConcurrentDictionary<string, VtlTemplate> _templates = new(StringComparer.Ordinal);

    /// <summary>The parsed template of <paramref name="text"/>.</summary>
    /// <exception cref="VtlException">The template is not valid VTL.</exception>
    public VtlTemplate Get(string text) => _templates.GetOrAdd(text, VtlTemplate.Parse);
}
