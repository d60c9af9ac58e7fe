using System.Text.Json.Nodes;
using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Terraform;

/// <summary>
/// The built-in functions the reader evaluates, against what Terraform itself returns: each case of
/// <c>Functions/cases.json</c> was run by Terraform (<c>tools/terraform-oracle/record-functions.py</c>),
/// its value and type, or its error, recorded in <c>Functions/expected.json</c>.
/// </summary>
public sealed class TerraformFunctionsTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "Terraform", "Functions");
    private static readonly JsonObject s_expected = JsonNode.Parse(File.ReadAllText(Path.Combine(s_folder, "expected.json")))!["cases"]!.AsObject();

    public static TheoryData<string> Cases => new(JsonNode.Parse(File.ReadAllText(Path.Combine(s_folder, "cases.json")))!.AsArray().Select(c => (string)c!["name"]!));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_function_returns_what_terraform_returns(string name)
    {
        var @case = JsonNode.Parse(File.ReadAllText(Path.Combine(s_folder, "cases.json")))!.AsArray().Single(c => (string)c!["name"]! == name)!;
        var arguments = @case["args"]!.AsArray().Select(TerraformValue.FromJson).ToList();
        var expected = s_expected[name]!;
        if (expected["error"] is { } error)
        {
            var refused = Assert.Throws<TerraformValueException>(() => TerraformFunctions.Call((string)@case["call"]!, arguments));
            Assert.False(string.IsNullOrWhiteSpace(refused.Message), $"Terraform: {error}");
            return;
        }
        var value = TerraformFunctions.Call((string)@case["call"]!, arguments);
        Assert.Equal(Normalized(expected["value"]), Normalized(value.ToJson()));
        Assert.Equal(KindOf(expected["type"]!), value.KindName);
    }

    [Fact]
    public void An_argument_known_only_at_apply_makes_the_result_unknown()
    {
        Assert.Same(TerraformValue.Unknown, TerraformFunctions.Call("upper", [TerraformValue.Unknown]));
        Assert.Same(TerraformValue.Unknown, TerraformFunctions.Call("merge", [new MappingValue(new Dictionary<string, TerraformValue> { ["a"] = TerraformValue.Unknown }, isMap: false)]));
    }

    // Numbers compare by value (Terraform writes 2.5 where a decimal may keep 2.50).
    private static string Normalized(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray array => "[" + string.Join(",", array.Select(Normalized)) + "]",
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{Normalized(p.Value)}")) + "}",
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => decimal.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture).ToString("G29", System.Globalization.CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    // "string", ["list", "string"], ["object", {...}] -> string, list, object; a null of no particular type is "dynamic".
    private static string KindOf(JsonNode type) => type is JsonArray array ? (string)array[0]! : (string)type! is "dynamic" ? "null" : (string)type!;
}
