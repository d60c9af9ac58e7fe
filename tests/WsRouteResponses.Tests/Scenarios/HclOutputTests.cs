using System.Diagnostics;
using System.Text.Json.Nodes;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Scenarios;

/// <summary>
/// <c>cdktf synth --hcl</c> of the example and of every scenario: the <c>cdk.tf</c> parses with HashiCorp's
/// own parsers (<c>@cdktf/hcl2json</c> or <c>@cdktn/hcl2json</c> from the pinned npm tree, and <c>terraform fmt</c>) and means
/// exactly what the JSON output says. (HCL mode is read from <c>SYNTH_HCL_OUTPUT</c>, a process-wide
/// variable, so these tests run alone.)
/// </summary>
[Collection(HclOutputCollection.Name)]
public sealed class HclOutputTests(HclParser hcl2json)
{
    public static TheoryData<string> Stacks => new(ScenarioStacks.All.Keys.Append(Example));

    private const string Example = "example";

    [Theory]
    [MemberData(nameof(Stacks))]
    public void The_hcl_parses_and_means_what_the_json_says(string name)
    {
        AssertSameMeaning(Support.Stacks.Synth(Build(name)), SynthHcl(() => Build(name)));
    }

    [Fact]
    public void Keys_and_expressions_with_backslashes_and_quotes_survive()
    {
        static TerraformStack Build()
        {
            var f = new Fixture();
            _ = new OneWayRoute(f.Api, "Odd", new OneWayRouteProps { RouteKey = "say \"hi\" a\\b", Integration = new MockIntegration() });
            _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps
            {
                StageName = "prod", AutoDeploy = false,
                RedeploymentTriggers = new Dictionary<string, string> { ["t\\k \"q\""] = "v", ["schema"] = "${md5(\"x\")}" },
            });
            return f.Stack;
        }
        AssertSameMeaning(Support.Stacks.Synth(Build()), SynthHcl(Build));
    }

    internal static string SynthHcl(Func<TerraformStack> build)
    {
        Environment.SetEnvironmentVariable("SYNTH_HCL_OUTPUT", "true");
        try
        {
            return (string)Testing.SynthHcl(build(), runValidations: true);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SYNTH_HCL_OUTPUT", null);
        }
    }

    // Every resource and output of the JSON output means the same in the HCL, and the HCL has no other resource.
    private void AssertSameMeaning(string jsonOutput, string hcl)
    {
        TerraformFmt(hcl);
        var parsedRoot = hcl2json.Parse(hcl);
        var jsonRoot = JsonNode.Parse(jsonOutput)!;
        Assert.Equal(Addresses(jsonRoot["resource"]), Addresses(parsedRoot["resource"]));
        foreach (var (id, output) in jsonRoot["output"]?.AsObject() ?? [])
            Assert.Equal(Snapshot.Normalize(output!["value"]!.ToJsonString()), Snapshot.Normalize(Unwrap(parsedRoot["output"]?[id])!["value"]!.ToJsonString()));
        var json = jsonRoot["resource"]!;
        var parsed = parsedRoot["resource"]!;
        foreach (var (type, resources) in json.AsObject())
            foreach (var (id, body) in resources!.AsObject())
            {
                var expected = body!.AsObject().DeepClone().AsObject();
                expected.Remove("//");
                var actual = Unwrap(parsed[type]?[id]) ?? throw new Xunit.Sdk.XunitException($"{type}.{id} is missing from the HCL output.");
                actual.AsObject().Remove("//");
                Assert.Equal(Snapshot.Normalize(expected.ToJsonString()), Snapshot.Normalize(actual.ToJsonString()));
            }
    }

    [Fact]
    public void Strings_with_backslashes_quotes_dollars_percents_and_line_breaks_survive()
    {
        Environment.SetEnvironmentVariable("SYNTH_HCL_OUTPUT", "true");
        string hcl;
        try
        {
            var f = new Fixture();
            _ = new TwoWayRoute(f.Api, "Echo", new TwoWayRouteProps
            {
                RouteKey = "echo",
                Integration = new MockIntegration(),
                IntegrationResponses =
                [
                    new IntegrationResponse
                    {
                        Key = IntegrationResponseKey.Regex("2\\d\\d"),
                        TemplateSelectionExpression = "${integration.response.statuscode}",
                        Templates = new Dictionary<string, string> { ["200"] = "{\"q\": \"a \\\"quoted\\\" \\\\ word\",\n \"at\": \"${x}\", \"%{if}\": 1}" },
                    },
                    IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "line one\nline two\ttabbed"),
                ],
            });
            hcl = (string)Testing.SynthHcl(f.Stack, runValidations: true);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SYNTH_HCL_OUTPUT", null);
        }
        var responses = hcl2json.Parse(hcl)["resource"]!["aws_apigatewayv2_integration_response"]!.AsObject();
        var byKey = responses.ToDictionary(r => (string)Unwrap(r.Value)!["integration_response_key"]!, r => Unwrap(r.Value)!);
        Assert.Equal("$${integration.response.statuscode}", (string?)byKey["/2\\d\\d/"]["template_selection_expression"]);
        Assert.Equal("{\"q\": \"a \\\"quoted\\\" \\\\ word\",\n \"at\": \"$${x}\", \"%%{if}\": 1}", (string?)byKey["/2\\d\\d/"]["response_templates"]!["200"]);
        Assert.Equal("\\$default", (string?)byKey["$default"]["template_selection_expression"]);
        Assert.Equal("line one\nline two\ttabbed", (string?)byKey["$default"]["response_templates"]!["$default"]);
    }

    private static IEnumerable<string> Addresses(JsonNode? resources) =>
        (resources?.AsObject() ?? []).SelectMany(t => t.Value!.AsObject().Select(r => $"{t.Key}.{r.Key}")).Order(StringComparer.Ordinal);

    internal static TerraformStack Build(string name) =>
        name == Example ? new ChatApi.ChatStack(Testing.App(), "chat-api") : ScenarioStacks.All[name]().Stack;

    // hcl2json writes every block as a list; the JSON output writes a single block (a resource, lifecycle,
    // default_route_settings) as an object.
    private static JsonNode? Unwrap(JsonNode? node) => node switch
    {
        JsonArray { Count: 1 } list when list[0] is JsonObject => Unwrap(list[0]),
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Unwrap(p.Value?.DeepClone())))),
        _ => node?.DeepClone(),
    };

    // terraform fmt reads the HCL from stdin and fails on a syntax error.
    private static void TerraformFmt(string hcl)
    {
        var start = new ProcessStartInfo("terraform") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "fmt", "-no-color", "-" }) start.ArgumentList.Add(argument);
        start.Environment["TF_CLI_CONFIG_FILE"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(hcl);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1))) process.Kill(entireProcessTree: true);
        Assert.True(process.ExitCode == 0, $"terraform fmt refused the HCL:\n{error.Result}\n{hcl}");
        _ = output.Result;
    }
}

/// <summary>The HCL tests set a process-wide environment variable: no other test may run meanwhile. They share one parser.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HclOutputCollection : ICollectionFixture<HclParser>
{
    public const string Name = "HCL output";
}
