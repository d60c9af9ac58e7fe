using System.Text;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Tests.Hcl;

/// <summary>
/// Malformed input of every kind gives a result or an <see cref="HclSyntaxException"/> naming file, line and column:
/// never another exception, never a stack overflow. Mutations come from a seeded generator, so a failure repeats.
/// </summary>
public sealed class HclFuzzTests
{
    private const string Interesting = "{}[]()\"'$%~\\\n\r\t #/*<<-=.:?!,&|0a_é\0\uFFFD";
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Hcl", "HclCorpus");

    [Fact]
    public void Mutations_of_the_corpus_parse_or_fail_with_a_located_syntax_error()
    {
        var random = new Random(20261203);
        var files = Directory.GetFiles(Corpus, "*.tf").Order(StringComparer.Ordinal).ToList();
        var refused = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            for (var i = 0; i < 25; i++)
            {
                var mutated = Mutate(text, random);
                if (!ParsesOrFailsClearly(mutated, "mutated.tf")) refused++;
            }
        }
        // Most mutations break the syntax; the point is that each one that does is reported as a syntax error.
        Assert.True(refused > files.Count * 5, $"{refused} refused");
    }

    [Fact]
    public void Binary_junk_fails_with_a_located_syntax_error()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(1, 3000)];
            random.NextBytes(bytes);
            var text = Encoding.UTF8.GetString(bytes);
            Assert.False(ParsesOrFailsClearly(text, "junk.tf"), "random bytes parsed");
        }
    }

    [Fact]
    public void A_ten_megabyte_configuration_is_parsed()
    {
        var block = File.ReadAllText(Path.Combine(Corpus, "ws-routes-for-each.tf"));
        var text = new StringBuilder();
        var copies = 0;
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append(block.Replace("\"this\"", $"\"r{copies}\"", StringComparison.Ordinal)).Append('\n');
            copies++;
        }
        var body = HclParser.Parse(text.ToString(), "big.tf");
        Assert.Equal(copies * 2, body.Blocks.Count(b => b.Type == "resource"));
        Assert.Equal(copies, body.Blocks.Count(b => b.Type == "variable"));
    }

    [Fact]
    public void Ten_megabytes_of_junk_fail_with_a_located_syntax_error()
    {
        var random = new Random(3);
        var text = new StringBuilder("a = \"");
        while (text.Length < 10 * 1024 * 1024) text.Append(Interesting[random.Next(Interesting.Length)]);
        Assert.False(ParsesOrFailsClearly(text.ToString(), "junk.tf"));
    }

    public static TheoryData<string, string, int> DeepNesting() => new()
    {
        { "tuples", "a = " + Repeat("[", 10_000), 1 },
        { "parentheses", "a = " + Repeat("(", 10_000) + "1", 1 },
        { "objects", "a = " + Repeat("{ b = ", 10_000) + "1", 1 },
        { "blocks", Repeat("b {\n", 10_000), HclTokenStream.MaxDepth + 1 },
        { "unary operators", "a = " + Repeat("-", 10_000) + "1", 1 },
        { "function calls", "a = " + Repeat("f(", 10_000) + "1", 1 },
        { "interpolations", "a = " + Repeat("\"${", 10_000) + "1", 1 },
        { "template directives", "a = \"" + Repeat("%{ if true }", 10_000) + "\"", 1 },
        { "for expressions", "a = " + Repeat("[for x in ", 10_000) + "y", 1 },
        { "conditionals", "a = " + Repeat("x ? y : ", 10_000) + "z", 1 },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Nesting_ten_thousand_levels_deep_is_refused_without_overflowing_the_stack(string kind, string text, int line)
    {
        var error = Assert.Throws<HclSyntaxException>(() => HclParser.Parse(text, "deep.tf"));
        Assert.True(error.Summary == "Nesting too deep", $"{kind}: {error.Message}");
        Assert.StartsWith($"deep.tf:{line},", error.Message);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Mutate(string text, Random random)
    {
        if (text.Length == 0) return Interesting[random.Next(Interesting.Length)].ToString();
        var at = random.Next(text.Length);
        return random.Next(5) switch
        {
            0 => text[..at],
            1 => text.Insert(at, Interesting[random.Next(Interesting.Length)].ToString()),
            2 => text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at)),
            3 => text.Insert(at, new string([.. Enumerable.Range(0, random.Next(1, 20)).Select(_ => (char)random.Next(0, 0x3000))])),
            _ => text.Insert(at, Slice(text, random)),
        };
    }

    private static string Slice(string text, Random random)
    {
        var from = random.Next(text.Length);
        return text.Substring(from, Math.Min(random.Next(1, 40), text.Length - from));
    }

    // True when the text parses; false when it is refused with an error that names the file, line and column.
    private static bool ParsesOrFailsClearly(string text, string name)
    {
        try
        {
            HclParser.Parse(text, name);
            return true;
        }
        catch (HclSyntaxException error)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, error.Message);
            Assert.StartsWith($"{name}:{error.Line},{error.Column}: {error.Summary}; ", error.Message);
            Assert.False(string.IsNullOrWhiteSpace(error.Detail), error.Message);
            return false;
        }
    }
}
