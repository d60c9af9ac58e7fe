using WsRouteResponses.Local.Vtl;

namespace WsRouteResponses.Tests.Local;

/// <summary>
/// The engine against the real Apache Velocity 1.7, byte for byte: every case of VtlCorpus renders as Velocity 1.7
/// rendered it (outputs recorded by <c>./build.sh vtl-oracle</c>), and a template Velocity refuses or fails on fails here
/// too, with a <see cref="VtlException"/> of the same kind: refused as it is parsed, or failing while rendering (the client
/// then gets API Gateway's error frame).
/// </summary>
public sealed class VtlDifferentialTests
{
    // Cases where the engine knowingly differs from Velocity 1.7, each with its reason. A listed case that matches fails the test, so the list stays true.
    private static readonly Dictionary<string, string> s_knownMismatches = new(StringComparer.Ordinal)
    {
        ["references/property-class"] = "values are not Java objects here: getClass() is not offered, so $s.class prints as written",
        // The stand-in's JSONPath is Debian's Jayway JsonPath 2.0.0; these are its quirks, which the engine (Newtonsoft.Json) does not copy.
        ["aws/input-json-negative-index"] = "Jayway 2.0.0 finds nothing at [-1]; the engine takes the last item, as Jayway's own documentation and its slices ([-2:]) do",
        ["jsonpath/wildcard-of-objects-then-name"] = "Jayway 2.0.0 finds nothing at all when one object under a wildcard lacks the name (though [] when all lack it); the engine lists the names present",
        ["jsonpath/filter-string-vs-number"] = "Jayway 2.0.0's filter finds the string '1' equal to the number 1; Newtonsoft.Json's does not",
    };

    public static TheoryData<string> Cases => new(VtlCorpus.All.Select(c => $"{c.Area}/{c.Name}"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_velocity_1_7(string id)
    {
        var c = VtlCorpus.All.Single(x => $"{x.Area}/{x.Name}" == id);
        var (output, error) = Run(c);
        var expectedKind = c.ErrorKind switch { null => (VtlErrorKind?)null, "parse" => VtlErrorKind.Parse, _ => VtlErrorKind.Render };
        var matches = error is null ? expectedKind is null && output == c.Output : error.Kind == expectedKind;
        if (s_knownMismatches.TryGetValue(id, out var reason))
        {
            Assert.False(matches, $"{id} now matches Velocity 1.7: remove it from the known mismatches ({reason}).");
            return;
        }
        if (expectedKind is null) Assert.True(matches, $"expected {Quote(c.Output)} but got {(error is null ? Quote(output) : $"the {error.Kind} error {Quote(error.Message)}")}");
        // A parse error (refused as loaded, whatever the message) must not pass for a rendering error, nor the reverse.
        else Assert.True(matches, $"Velocity 1.7 fails with a {c.ErrorKind} error, {c.Error}: {c.ErrorMessage}\nbut the engine {(error is null ? $"rendered: {output}" : $"threw a {error.Kind} error: {error.Message}")}");
    }

    private static string Quote(string? text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static (string? Output, VtlException? Error) Run(VtlCorpus.Case c)
    {
        try
        {
            return (VtlTemplate.Parse(c.Template).Render(VtlCorpus.Variables(c)), null);
        }
        catch (VtlException e)
        {
            return (null, e);
        }
    }
}
