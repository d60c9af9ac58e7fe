namespace WsRouteResponses.Model;

/// <summary>Where something is written in a configuration file.</summary>
/// <param name="File">The file, as given to the reader (relative paths stay relative).</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, in characters.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
