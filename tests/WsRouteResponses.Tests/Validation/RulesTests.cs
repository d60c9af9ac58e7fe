using System.Runtime.CompilerServices;

namespace WsRouteResponses.Tests.Validation;

public sealed class RulesTests
{
    [Fact]
    public void Rule_ids_are_unique_and_in_order()
    {
        var ids = Rules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    // check and the local runtime read Terraform JSON: their fix texts must not send a Terraform user to a
    // construct property. (The constructs-only rules, WSR308 and WSR601, are never reported from JSON.)
    [Fact]
    public void Fixes_in_terraform_name_no_construct_api()
    {
        string[] constructWords = ["IntegrationResponseKey", "TwoWayRoute", "OneWayRoute", "RouteAuthorization", "WebSocketQuotas", "AccountCloudWatchRole",
            "InvokePermission", "IntegrationResponses", "ResponseModelSelectionExpression", "AutoDeploy", "Authorization =", "Set Timeout", "set Timeout"];
        var constructsOnly = new[] { Rules.ResponsesDefinedOnce, Rules.Import };
        var offending = Rules.All.Except(constructsOnly)
            .Where(rule => constructWords.Any(word => rule.FixInTerraform.Contains(word, StringComparison.Ordinal)))
            .Select(rule => $"{rule.Id}: {rule.FixInTerraform}");
        Assert.Empty(offending);
    }

    [Fact]
    public void Every_rule_has_a_test_that_asserts_its_message()
    {
        // A C# test asserting "WSRnnn: problem", or a check fixture's expected report ("error WSRnnn address: problem").
        var testSources = Directory.EnumerateFiles(TestsRoot(), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".expected.txt", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("RulesTests.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var untested = Rules.All.Where(rule => !testSources.Any(source =>
            source.Contains($"{rule.Id}: ", StringComparison.Ordinal) || source.Contains($"error {rule.Id} ", StringComparison.Ordinal) || source.Contains($"warning {rule.Id} ", StringComparison.Ordinal))).Select(r => r.Id);
        Assert.Empty(untested);
    }

    [Fact]
    public void A_message_names_the_path_the_rule_and_the_fix()
    {
        var error = new WebSocketRuleException(Rules.StageName, "stack/Api/Prod", "The stage name has 0 characters.");
        Assert.Equal("[stack/Api/Prod] WSR502: The stage name has 0 characters. Fix: name the stage with 1 to 128 letters, digits, '-' and '_', e.g. \"prod\" or \"prod-v1\" ($default is an HTTP API stage name).", error.Message);
    }

    private static string TestsRoot([CallerFilePath] string file = "") => Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
