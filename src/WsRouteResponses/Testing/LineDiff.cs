using System.Text;

namespace WsRouteResponses;

/// <summary>A minimal line diff (longest common subsequence) for snapshot failures, with a little context.</summary>
internal static class LineDiff
{
    private const int Context = 2, MaxLines = 80;

    public static string Render(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        // The lines both share at the start and the end need no table: a changed stack of thousands of lines
        // usually differs in a few in the middle, and the table is (lines of one) x (lines of the other).
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)]) tail++;

        var lines = new List<(char Mark, string Text)>(a[..head].Select(l => (' ', l)));
        lines.AddRange(Middle(a[head..^tail], b[head..^tail]));
        lines.AddRange(a[^tail..].Select(l => (' ', l)));

        var output = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < lines.Count && shown < MaxLines; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - Context), Math.Min(lines.Count, i + Context + 1) - Math.Max(0, i - Context)).Any(k => lines[k].Mark != ' ');
            if (!near) continue;
            output.Append(lines[i].Mark).Append(' ').AppendLine(lines[i].Text);
            shown++;
        }
        return output.ToString();
    }

    // The longest common subsequence of the lines that differ, as kept (' '), added ('+') and removed ('-') lines.
    private static List<(char Mark, string Text)> Middle(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) lines.Add(('+', b[y++]));
            else lines.Add(('-', a[x++]));
        }
        return lines;
    }
}
