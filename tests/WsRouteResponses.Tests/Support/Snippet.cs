using System.Text.RegularExpressions;

namespace WsRouteResponses.Tests.Support;

/// <summary>
/// Keeps documentation code true: a C# block of a Markdown file is compared with a <c>#region</c> of a test
/// file, which the test compiles and runs.
/// </summary>
internal static class Snippet
{
    /// <summary>The lines between <c>#region name</c> and its <c>#endregion</c> in <paramref name="file"/>, unindented.</summary>
    public static string Region(string name, string file)
    {
        var lines = File.ReadAllLines(file);
        var start = Array.FindIndex(lines, l => l.Trim() == $"#region {name}") + 1;
        var end = Array.FindIndex(lines, start, l => l.Trim() == "#endregion");
        var body = lines[start..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    /// <summary>The ```csharp (or <paramref name="language"/>) block that follows the marker comment <c>&lt;!-- snippet: name --&gt;</c> in <paramref name="markdown"/>.</summary>
    public static string Block(string markdown, string name, string language = "csharp")
    {
        var text = File.ReadAllText(markdown).ReplaceLineEndings("\n");
        var match = Regex.Match(text, $@"<!-- snippet: {Regex.Escape(name)} -->\n```{Regex.Escape(language)}\n(.*?)\n```", RegexOptions.Singleline);
        Assert.True(match.Success, $"{Path.GetFileName(markdown)} has no snippet '{name}'.");
        return match.Groups[1].Value;
    }
}
