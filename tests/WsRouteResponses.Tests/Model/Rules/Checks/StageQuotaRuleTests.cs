using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="StageQuotaRule"/> (WSR504) over Terraform JSON.</summary>
public sealed class StageQuotaRuleTests
{
    private static string Stages(int count, string apiId = ApiId, string prefix = "s") =>
        "\"aws_apigatewayv2_stage\": {" + string.Join(", ", Enumerable.Range(0, count).Select(i => $$$"""
            "{{{prefix}}}{{{i:D2}}}": {"api_id": "{{{apiId}}}", "name": "{{{prefix}}}{{{i:D2}}}", "auto_deploy": true}
            """)) + "}";

    private static IReadOnlyList<string> Check(string resources) => Findings(new StageQuotaRule(), resources);

    [Fact]
    public void Ten_stages_pass() => Assert.Empty(Check(Stages(10)));

    [Fact]
    public void The_eleventh_stage_is_reported_once() =>
        Assert.Equal(["aws_apigatewayv2_stage.s10: This is stage 11 of the API; AWS's default quota is 10."], Check(Stages(12)));

    [Fact]
    public void Stages_of_different_apis_are_counted_apart() =>
        Assert.Empty(Check(Stages(10) + ",\n" + Stages(10, "abc123", "t")));

    [Fact]
    public void Stages_whose_api_is_known_only_at_apply_are_not_counted() => Assert.Empty(Check(Stages(11, "${var.api_id}")));
}
