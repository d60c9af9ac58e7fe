using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Tests.Hcl;

/// <summary>
/// The differential test of the HCL parser: every case of HclCorpus parsed by ours and by HashiCorp's (hclsyntax,
/// recorded with tools/hcl-oracle/record.mjs from npm @cdktf/hcl2json), compared structure for structure; cases HCL
/// refuses must be refused by ours on the same line.
/// </summary>
public sealed partial class HclOracleTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Hcl", "HclCorpus");

    public static TheoryData<string> Cases() => [.. CaseNames()];

    private static IEnumerable<string> CaseNames() =>
        Directory.GetFiles(Corpus).Select(f => Path.GetFileName(f))
            .Where(f => f.EndsWith(".tf", StringComparison.Ordinal) || f.EndsWith(".hclexpr", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void The_corpus_is_recorded_and_large_enough()
    {
        var cases = CaseNames().ToList();
        Assert.True(cases.Count >= 150, $"{cases.Count} cases");
        Assert.All(cases, c => Assert.True(File.Exists(Path.Combine(Corpus, c + ".oracle.json")), $"{c} has no recorded result: run ./build.sh hcl-oracle"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_as_HashiCorps_parser_does(string name)
    {
        var text = File.ReadAllText(Path.Combine(Corpus, name));
        var oracle = JsonNode.Parse(File.ReadAllText(Path.Combine(Corpus, name + ".oracle.json")))!.AsObject();
        var isExpression = name.EndsWith(".hclexpr", StringComparison.Ordinal);
        if (oracle["error"] is { } error)
        {
            var refused = Assert.Throws<HclSyntaxException>(() => Parse(text, name, isExpression));
            // getExpressionAst counts lines from 0, parse() from 1.
            var line = int.Parse(ErrorLine().Match(error.GetValue<string>()).Groups[1].Value, CultureInfo.InvariantCulture) + (isExpression ? 1 : 0);
            Assert.True(line == refused.Line, $"HCL: {error}\nours: {refused.Message}");
            Assert.StartsWith($"{name}:{refused.Line},{refused.Column}: ", refused.Message);
            return;
        }
        if (isExpression)
        {
            Assert.Equal(Canonical(oracle["ast"]), Canonical(HclOracleAstShape.Of(HclParser.ParseExpression(text, name))));
            return;
        }
        var shape = new HclOracleJsonShape();
        var json = shape.Body(HclParser.Parse(text, name));
        Assert.Equal(Canonical(oracle["json"]), Canonical(json));
        foreach (var (source, ast) in oracle["expressions"]!.AsObject())
        {
            Assert.True(shape.Wrapped.TryGetValue(source, out var ours), $"no expression {source}");
            Assert.Equal(Canonical(ast), Canonical(HclOracleAstShape.Of(ours)));
        }
    }

    private static object Parse(string text, string name, bool isExpression) =>
        isExpression ? HclParser.ParseExpression(text, name) : HclParser.Parse(text, name);

    [GeneratedRegex(@":(\d+),\d+-")]
    private static partial Regex ErrorLine();

    // Indented JSON with sorted keys and numbers in one notation, so that a difference shows as a readable diff.
    internal static string Canonical(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text, 0);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text, int indent)
    {
        var pad = new string(' ', indent + 1);
        switch (node)
        {
            case JsonObject obj:
                text.Append("{\n");
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(pad).Append(JsonSerializer.Serialize(key)).Append(": ");
                    Write(value, text, indent + 1);
                    text.Append('\n');
                }
                text.Append(' ', indent).Append('}');
                break;
            case JsonArray array:
                text.Append("[\n");
                foreach (var item in array)
                {
                    text.Append(pad);
                    Write(item, text, indent + 1);
                    text.Append('\n');
                }
                text.Append(' ', indent).Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                text.Append(value.GetValue<double>().ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }
}
