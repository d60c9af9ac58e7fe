using System.Text;

namespace WsRouteResponses.Model.Hcl;

/// <summary>The text of one parsed file or expression, which turns character offsets into lines, columns and UTF-8 byte offsets on demand.</summary>
public sealed class HclSourceText
{
    private (int[] Offsets, int[] Bytes)? _lineStarts;

    /// <summary>Wraps <paramref name="text"/>, read from <paramref name="fileName"/>.</summary>
    public HclSourceText(string fileName, string text)
    {
        FileName = fileName;
        Text = text;
    }

    /// <summary>The file name given to the parser, as it appears in messages.</summary>
    public string FileName { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The line (1-based), column (1-based, in characters) and UTF-8 byte offset of a character offset.</summary>
    public HclPosition PositionOf(int offset)
    {
        // Line starts are only needed for messages and ranges that are asked for, so they are found on first use.
        var (offsets, bytes) = _lineStarts ??= FindLineStarts(Text);
        var line = Array.BinarySearch(offsets, offset);
        if (line < 0) line = ~line - 1;
        var lineStart = offsets[line];
        return new HclPosition(line + 1, offset - lineStart + 1, bytes[line] + Encoding.UTF8.GetByteCount(Text.AsSpan(lineStart, offset - lineStart)), offset);
    }

    private static (int[], int[]) FindLineStarts(string text)
    {
        var offsets = new List<int> { 0 };
        var bytes = new List<int> { 0 };
        var byteCount = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // UTF-8 length; a surrogate pair is 4 bytes, counted on its first half.
            byteCount += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
            if (c == '\n')
            {
                offsets.Add(i + 1);
                bytes.Add(byteCount);
            }
        }
        return ([.. offsets], [.. bytes]);
    }
}

/// <summary>A place in a source text.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, counted in UTF-16 characters.</param>
/// <param name="Byte">0-based offset in the UTF-8 encoding of the text.</param>
/// <param name="Offset">0-based offset in the .NET string.</param>
public readonly record struct HclPosition(int Line, int Column, int Byte, int Offset);

/// <summary>The span of source text a node was parsed from: [<see cref="StartOffset"/>, <see cref="EndOffset"/>).</summary>
/// <param name="Source">The text the offsets refer to.</param>
/// <param name="StartOffset">The first character's offset.</param>
/// <param name="EndOffset">The offset just after the last character.</param>
public readonly record struct HclRange(HclSourceText Source, int StartOffset, int EndOffset)
{
    /// <summary>The file name the text was read from.</summary>
    public string FileName => Source.FileName;

    /// <summary>Where the span starts.</summary>
    public HclPosition Start => Source.PositionOf(StartOffset);

    /// <summary>Where the span ends (just after its last character).</summary>
    public HclPosition End => Source.PositionOf(EndOffset);

    /// <summary>Where the span starts, as reports name it (<c>main.tf:12:3</c>).</summary>
    public SourceLocation Location => new(FileName, Start.Line, Start.Column);

    /// <summary>The source text of the span, exactly as written.</summary>
    public string Text => Source.Text[StartOffset..EndOffset];

    /// <summary>The span from the start of this one to the end of <paramref name="other"/>.</summary>
    public HclRange To(HclRange other) => new(Source, StartOffset, other.EndOffset);

    /// <inheritdoc/>
    public override string ToString()
    {
        var start = Start;
        return $"{FileName}:{start.Line},{start.Column}";
    }
}
