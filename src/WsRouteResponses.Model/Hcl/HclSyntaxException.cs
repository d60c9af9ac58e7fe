namespace WsRouteResponses.Model.Hcl;

/// <summary>HCL text that does not follow the native syntax: where (file, line, column) and what was expected there.</summary>
public sealed class HclSyntaxException : ConfigurationReadException
{
    /// <summary>A syntax error at <paramref name="position"/> of <paramref name="fileName"/>.</summary>
    public HclSyntaxException(string fileName, HclPosition position, string summary, string detail)
        : base($"{fileName}:{position.Line},{position.Column}: {summary}; {detail}")
    {
        FileName = fileName;
        Line = position.Line;
        Column = position.Column;
        Summary = summary;
        Detail = detail;
    }

    /// <summary>The file name given to the parser.</summary>
    public string FileName { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error.</summary>
    public int Column { get; }

    /// <summary>What is wrong, in a few words (HashiCorp's summaries where they exist, e.g. "Missing expression").</summary>
    public string Summary { get; }

    /// <summary>What was expected there and how to fix it.</summary>
    public string Detail { get; }
}
