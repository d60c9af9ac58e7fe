using System.Text.Json.Nodes;
using WsRouteResponses.Check;
using WsRouteResponses.Model;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Check;

/// <summary>
/// <c>wsrr check</c> on Terraform JSON and plans: the corpus of broken fixtures (one or more per rule seen in JSON,
/// each beside the exact report), the example, the raw snippet of docs/constructs.md with a line removed, exit codes
/// and SARIF.
/// </summary>
public sealed class CheckTests
{
    private static readonly string s_fixtures = Path.Combine(AppContext.BaseDirectory, "Check", "Fixtures");

    // Terraform JSON, and plans as `terraform show -json` writes them.
    public static TheoryData<string> Fixtures => new(Directory.EnumerateFiles(s_fixtures, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_gives_its_expected_report(string fixture)
    {
        var (code, output, _) = Run("check", Path.Combine(s_fixtures, fixture));
        var expected = File.ReadAllText(Path.Combine(s_fixtures, fixture.Replace(".tf.json", ".expected.txt", StringComparison.Ordinal).Replace(".plan.json", ".expected.txt", StringComparison.Ordinal)));
        Assert.Equal(expected, output);
        Assert.Equal(expected.Split('\n').Any(l => l.StartsWith("error ", StringComparison.Ordinal)) ? 1 : 0, code);
    }

    private static readonly string s_projects = Path.Combine(AppContext.BaseDirectory, "Check", "Projects");

    public static TheoryData<string> Projects => new(Directory.EnumerateDirectories(s_projects).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal));

    // Terraform projects written in HCL, with modules, for_each, count, tfvars and templates in files; the notes
    // (what could not be read) go to stderr.
    [Theory]
    [MemberData(nameof(Projects))]
    public void A_terraform_project_gives_its_expected_report(string project)
    {
        var (code, output, error) = Run("check", Path.Combine(s_projects, project));
        var expected = File.ReadAllText(Path.Combine(s_projects, project + ".expected.txt"));
        Assert.Equal(expected, output);
        var notes = Path.Combine(s_projects, project + ".notes.txt");
        Assert.Equal(File.Exists(notes) ? File.ReadAllText(notes) : "", error);
        Assert.Equal(expected.Split('\n').Any(l => l.StartsWith("error ", StringComparison.Ordinal)) ? 1 : 0, code);
    }

    [Fact]
    public void A_tf_file_with_a_syntax_error_exits_2_naming_file_line_and_column()
    {
        var (code, output, error) = Run("check", Path.Combine(s_fixtures, "syntax-error.tf"));
        Assert.Equal((2, ""), (code, output));
        Assert.EndsWith("syntax-error.tf:3,19: Invalid expression; Expected the start of an expression. Found a newline.\n", error);
        Assert.StartsWith("wsrr: ", error);
    }

    [Fact]
    public void Var_and_var_file_give_a_projects_variables_as_terraform_takes_them()
    {
        var project = Path.Combine(s_projects, "conditional-count");
        // extra_routes has no value: the route under count = var.extra_routes ? 1 : 0 may exist, and duplicates $connect.
        Assert.StartsWith("error WSR102 aws_apigatewayv2_route.other ", Run("check", project).Output);
        // A bool variable reads its --var as an expression; false leaves the route out.
        var (code, output, error) = Run("check", project, "--var", "extra_routes=false");
        Assert.Equal((0, "0 errors, 1 warning in 1 stack\n", ""), (code, output.Split('\n')[^2] + "\n", error));
        var file = Path.Combine(Directory.CreateTempSubdirectory("wsrr-vars-").FullName, "ci.tfvars");
        File.WriteAllText(file, "extra_routes = true\n");
        try
        {
            // The file says true, the later --var says false: the last wins.
            Assert.Equal(1, Run("check", project, "--var-file", file).Code);
            Assert.Equal(0, Run("check", project, "--var-file", file, "--var", "extra_routes=false").Code);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
        Assert.Equal((2, "wsrr: --var extra_routes: expected name=value, e.g. --var stage_name=dev.\n"), (Run("check", project, "--var", "extra_routes").Code, Run("check", project, "--var", "extra_routes").Error));
        Assert.Equal(2, Run("check", project, "--var-file", "/nonexistent.tfvars").Code);
    }

    [Fact]
    public void Every_rule_seen_in_json_has_a_fixture_or_a_test_here()
    {
        var reports = string.Concat(Directory.EnumerateFiles(s_fixtures, "*.expected.txt").Select(File.ReadAllText)) + File.ReadAllText(ThisFile());
        var constructsOnly = new[] { Rules.ResponsesDefinedOnce, Rules.Import };
        var missing = Rules.All.Except(constructsOnly).Where(r => !reports.Contains($" {r.Id} ", StringComparison.Ordinal)).Select(r => r.Id);
        Assert.Empty(missing);
    }

    [Fact]
    public void The_synthesized_example_is_clean()
    {
        var outdir = Testing.FullSynth(new ChatApi.ChatStack(Testing.App(), "chat-api"));
        try
        {
            var (code, output, _) = Run("check", outdir);
            Assert.Equal("0 errors, 0 warnings in 1 stack\n", output);
            Assert.Equal(0, code);
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    [Theory]
    [InlineData("route_response_selection_expression", "warning WSR108 aws_apigatewayv2_route.Route: The route has a $default route response but no route_response_selection_expression: whether API Gateway answers is unconfirmed (AWS's selection-expression table says two-way routes should have the expression; its route-response guide said a route with a route response is two-way). The local runtime answers, as the guide said.")]
    [InlineData("integration_response_key", "error WSR302 aws_apigatewayv2_route.Route: The route's integration is MOCK (non-proxy) and has no integration responses.")]
    public void The_documented_raw_snippet_with_one_line_removed_is_caught(string removed, string finding)
    {
        var stack = Stacks.New("raw");
        Docs.ReadmeTests.RawL1(stack, "a1b2c3d4e5");
        var json = JsonNode.Parse(Stacks.Synth(stack))!;
        Assert.Equal("0 errors, 0 warnings in 1 stack\n", CheckJson(json.ToJsonString()).Output);
        foreach (var resources in json["resource"]!.AsObject().Select(t => t.Value!.AsObject()).ToList())
            foreach (var (name, body) in resources.ToList())
                if (body!.AsObject().Remove(removed) && removed == "integration_response_key") resources.Remove(name); // a resource without its key is no resource
        var (code, output, _) = CheckJson(json.ToJsonString());
        Assert.StartsWith(finding, output);
        Assert.Equal(finding.StartsWith("error ", StringComparison.Ordinal) ? 1 : 0, code);
        if (removed == "route_response_selection_expression")
            Assert.Contains($"```\n{output}```", File.ReadAllText(Path.Combine(Flavour.RepositoryRoot, "docs", "check.md")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(300, 0, "")]
    [InlineData(301, 1, "warning WSR104 aws_apigatewayv2_route.r300: This is route 301 of the API; AWS's default quota is 300.")]
    public void Routes_over_the_default_quota_are_a_warning(int routes, int warnings, string finding)
    {
        var resources = Api();
        resources["aws_apigatewayv2_integration"] = new JsonObject { ["mock"] = Integration("MOCK") };
        resources["aws_apigatewayv2_route"] = new JsonObject(Enumerable.Range(0, routes).Select(i => KeyValuePair.Create($"r{i:000}", (JsonNode?)Route($"r{i}"))));
        var output = CheckJson(Root(resources)).Output;
        Assert.Equal(warnings, output.Split('\n').Count(l => l.StartsWith("warning WSR104 ", StringComparison.Ordinal)));
        Assert.StartsWith(finding, output);
    }

    [Fact]
    public void Integrations_and_stages_over_the_default_quota_are_warnings()
    {
        var resources = Api();
        resources["aws_apigatewayv2_integration"] = new JsonObject(Enumerable.Range(0, 301).Select(i => KeyValuePair.Create($"i{i:000}", (JsonNode?)Integration("MOCK"))));
        resources["aws_apigatewayv2_stage"] = new JsonObject(Enumerable.Range(0, 11).Select(i => KeyValuePair.Create($"s{i:00}", (JsonNode?)new JsonObject { ["api_id"] = ApiId, ["name"] = $"s{i}", ["auto_deploy"] = true })));
        var lines = CheckJson(Root(resources)).Output.Split('\n');
        Assert.Contains("warning WSR202 aws_apigatewayv2_integration.i300: This is integration 301 of the API; AWS's default quota is 300. Fix: " + Rules.IntegrationQuota.FixInTerraform, lines);
        Assert.Contains("warning WSR504 aws_apigatewayv2_stage.s10: This is stage 11 of the API; AWS's default quota is 10. Fix: " + Rules.StageQuota.FixInTerraform, lines);
    }

    [Fact]
    public void Templates_over_32K_characters_warn_and_over_300_KB_are_errors()
    {
        var resources = Api();
        var medium = Integration("MOCK");
        medium["request_templates"] = new JsonObject { ["$default"] = new string('x', 40_000) };
        var large = Integration("MOCK");
        large["request_templates"] = new JsonObject { ["$default"] = new string('x', 310_000) };
        resources["aws_apigatewayv2_integration"] = new JsonObject { ["medium"] = medium, ["large"] = large };
        var lines = CheckJson(Root(resources)).Output.Split('\n');
        Assert.Contains("warning WSR206 aws_apigatewayv2_integration.medium: The mapping template \"$default\" of the integration request is 40,000 characters long. Fix: " + Rules.TemplateLength.FixInTerraform, lines);
        Assert.Contains("error WSR203 aws_apigatewayv2_integration.large: The mapping template \"$default\" of the integration request is 310,000 bytes; API Gateway accepts at most 307,200. Fix: " + Rules.TemplateSize.FixInTerraform, lines);
    }

    [Fact]
    public void More_than_50_per_route_permissions_for_one_function_are_a_warning()
    {
        var resources = Api();
        resources["aws_lambda_permission"] = new JsonObject(Enumerable.Range(0, 51).Select(i => KeyValuePair.Create($"p{i:00}", (JsonNode?)new JsonObject
        {
            ["action"] = "lambda:InvokeFunction", ["function_name"] = "chat", ["principal"] = "apigateway.amazonaws.com",
            ["source_arn"] = $"${{aws_apigatewayv2_api.chat.execution_arn}}/*/r{i}",
        })));
        Assert.StartsWith("warning WSR204 aws_lambda_permission.p50: This is invoke permission 51 for function chat; ", CheckJson(Root(resources)).Output);
    }

    [Fact]
    public void Unreadable_input_exits_2_with_a_clear_message()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("wsrr-").FullName, "broken.tf.json");
        File.WriteAllText(file, "{ not json");
        var (code, output, error) = Run("check", file);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"wsrr: {file}: not valid JSON: ", error);
        Assert.DoesNotContain("   at ", error);

        (code, _, error) = Run("check", "/no/such/path");
        Assert.Equal((2, "wsrr: /no/such/path: no such file or folder.\n"), (code, error));

        (code, _, error) = Run("check");
        Assert.Equal(2, code);
        Assert.Contains("usage: wsrr check <path>...", error);

        (code, _, error) = Run("check", Path.Combine(s_fixtures, "clean.tf.json"), "--output", "/no/such/folder/report.txt");
        Assert.Equal(2, code);
        Assert.StartsWith("wsrr: cannot write /no/such/folder/report.txt: ", error);
    }

    [Fact]
    public void Sarif_output_is_sarif_2_1_0_with_every_rule_and_a_located_result()
    {
        var (code, output, _) = Run("check", Path.Combine(s_fixtures, "WSR301-responses-on-proxy.tf.json"), "--format", "sarif");
        Assert.Equal(1, code);
        var log = JsonNode.Parse(output)!;
        Assert.Equal("2.1.0", (string?)log["version"]);
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", (string?)log["$schema"]);
        var run = Assert.Single(log["runs"]!.AsArray())!;
        var driver = run["tool"]!["driver"]!;
        Assert.Equal("wsrr", (string?)driver["name"]);
        var rules = driver["rules"]!.AsArray();
        Assert.Equal(Rules.All.Select(r => r.Id), rules.Select(r => (string?)r!["id"]));
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty((string?)r!["help"]!["text"])));
        var result = Assert.Single(run["results"]!.AsArray())!;
        Assert.Equal("WSR301", (string?)result["ruleId"]);
        Assert.Equal("WSR301", (string?)rules[(int)result["ruleIndex"]!]!["id"]);
        Assert.Equal("error", (string?)result["level"]);
        Assert.StartsWith("The integration is AWS_PROXY, which has no integration responses. Fix: ", (string?)result["message"]!["text"]);
        var location = Assert.Single(result["locations"]!.AsArray())!;
        Assert.EndsWith("WSR301-responses-on-proxy.tf.json", (string?)location["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal("aws_apigatewayv2_integration_response.fn", (string?)location["logicalLocations"]![0]!["fullyQualifiedName"]);
    }

    [Fact]
    public void A_finding_on_an_element_whose_file_position_is_known_names_it_in_text_and_sarif()
    {
        // Readers of .tf files know where each block is; the report points there.
        var document = new TerraformDocument("/project", [
            new ResourceInstance("aws_apigatewayv2_api.chat", "aws_apigatewayv2_api", Api()["aws_apigatewayv2_api"]!["chat"]!.DeepClone().AsObject()),
            new ResourceInstance("aws_apigatewayv2_route.bad", "aws_apigatewayv2_route", new JsonObject { ["api_id"] = ApiId, ["route_key"] = "$bad" })
            {
                Location = new SourceLocation("/project/routes.tf", 12, 3),
            },
        ]);
        var findings = RuleChecks.CheckAll(ConfigurationBuilder.Build(document)).Where(f => f.Rule.Id == "WSR101")
            .Select(f => new CheckFinding("/project", "/project", f)).ToList();
        Assert.StartsWith("error WSR101 aws_apigatewayv2_route.bad (/project/routes.tf:12:3): ", TextReport.Write(findings, 1));
        var location = JsonNode.Parse(SarifReport.Write(findings))!["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("file:///project/routes.tf", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal((12, 3), ((int)location["region"]!["startLine"]!, (int)location["region"]!["startColumn"]!));
    }

    private const string ApiId = "${aws_apigatewayv2_api.chat.id}";

    private static JsonObject Api() => new()
    {
        ["aws_apigatewayv2_api"] = new JsonObject { ["chat"] = new JsonObject { ["name"] = "chat", ["protocol_type"] = "WEBSOCKET", ["route_selection_expression"] = "$request.body.action" } },
    };

    private static JsonObject Integration(string type) => new() { ["api_id"] = ApiId, ["integration_type"] = type };

    private static JsonObject Route(string key) => new() { ["api_id"] = ApiId, ["route_key"] = key, ["target"] = "integrations/${aws_apigatewayv2_integration.mock.id}" };

    private static string Root(JsonObject resources) => new JsonObject { ["resource"] = resources }.ToJsonString();

    private static (int Code, string Output, string Error) CheckJson(string json)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("wsrr-").FullName, "main.tf.json");
        File.WriteAllText(file, json);
        try
        {
            return Run("check", file);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = WsrrCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string file = "") => file;
}
