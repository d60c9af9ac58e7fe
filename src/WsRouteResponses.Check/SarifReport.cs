using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Check;

/// <summary>
/// The SARIF 2.1.0 report that code-scanning tools read: one run of the <c>wsrr</c> driver with every rule
/// of the catalogue (id, name, help text, source, default level) and one result per finding, located by
/// file and by the resource's Terraform address (a logical location).
/// </summary>
public static partial class SarifReport
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF log of <paramref name="findings"/>.</summary>
    public static string Write(IReadOnlyList<CheckFinding> findings)
    {
        var rules = Rules.All.ToList();
        var names = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule)).ToDictionary(f => ((Rule)f.GetValue(null)!).Id, f => f.Name);
        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "wsrr",
                        ["version"] = typeof(SarifReport).Assembly.GetName().Version?.ToString(3),
                        ["rules"] = new JsonArray(rules.Select(rule => (JsonNode)new JsonObject
                        {
                            ["id"] = rule.Id,
                            ["name"] = names[rule.Id],
                            ["shortDescription"] = new JsonObject { ["text"] = Words(names[rule.Id]) },
                            ["help"] = new JsonObject { ["text"] = rule.FixInTerraform },
                            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule) },
                            ["properties"] = new JsonObject { ["source"] = rule.Source },
                        }).ToArray()),
                    },
                },
                ["results"] = new JsonArray(findings.Select(f => (JsonNode)new JsonObject
                {
                    ["ruleId"] = f.Finding.Rule.Id,
                    ["ruleIndex"] = rules.IndexOf(f.Finding.Rule),
                    ["level"] = Level(f.Finding.Rule),
                    ["message"] = new JsonObject { ["text"] = $"{f.Finding.Problem} Fix: {f.Finding.Rule.FixInTerraform}" },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = PhysicalLocation(f),
                        ["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = f.Finding.Origin.Address, ["kind"] = "resource" }),
                    }),
                }).ToArray()),
            }),
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    // The element's block in a .tf file when the reader knows it, else the file (or folder) read.
    private static JsonObject PhysicalLocation(CheckFinding finding)
    {
        var location = finding.Finding.Origin.Location;
        var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = new Uri(Path.GetFullPath(location?.File ?? finding.File)).AbsoluteUri } };
        if (location is not null) physical["region"] = new JsonObject { ["startLine"] = location.Line, ["startColumn"] = location.Column };
        return physical;
    }

    private static string Level(Rule rule) => rule.Severity == RuleSeverity.Error ? "error" : "warning";

    // "TwoWayNeedsResponses" -> "Two way needs responses".
    private static string Words(string name) => Capitals().Replace(name, " $1").Trim() is var spaced && spaced.Length > 0
        ? char.ToUpperInvariant(spaced[0]) + spaced[1..].ToLowerInvariant()
        : name;

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Capitals();
}
