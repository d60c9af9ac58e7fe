using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="LambdaPolicySizeRule"/> (WSR204) over Terraform JSON.</summary>
public sealed class LambdaPolicySizeRuleTests
{
    private static IReadOnlyList<string> Check(string permissions) => Findings(new LambdaPolicySizeRule(), $$$"""
        "aws_lambda_permission": { {{{permissions}}} }
        """);

    private static string Permissions(string prefix, int count, string function = "chat", string api = "${aws_apigatewayv2_api.a.execution_arn}") =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => $$"""
            "{{prefix}}{{i:00}}": {"action": "lambda:InvokeFunction", "function_name": "{{function}}", "principal": "apigateway.amazonaws.com", "source_arn": "{{api}}/*/r{{i}}"}
            """));

    [Fact]
    public void Fifty_per_route_permissions_for_one_function_pass() => Assert.Empty(Check(Permissions("p", 50)));

    [Fact]
    public void Permission_51_for_one_function_is_reported_once() =>
        Assert.Equal(["aws_lambda_permission.p50: This is invoke permission 51 for function chat; a Lambda resource policy holds 20 KB, about 50 such statements."],
            Check(Permissions("p", 52)));

    [Fact]
    public void A_function_named_by_reference_is_counted_by_its_reference() =>
        Assert.Equal(["aws_lambda_permission.p50: This is invoke permission 51 for function (aws_lambda_function.f.function_name, known at apply); a Lambda resource policy holds 20 KB, about 50 such statements."],
            Check(Permissions("p", 51, "${aws_lambda_function.f.function_name}")));

    [Fact]
    public void Permissions_for_other_functions_do_not_count() => Assert.Empty(Check(Permissions("p", 50) + ", " + Permissions("q", 30, "other")));

    // The policy is the function's: statements allowing other APIs, or a whole API, take room too.
    [Fact]
    public void Permissions_from_every_api_and_for_whole_apis_count() =>
        Assert.Equal(["aws_lambda_permission.q19: This is invoke permission 51 for function chat; a Lambda resource policy holds 20 KB, about 50 such statements."],
            Check(Permissions("p", 30) + ", " + """
                "all": {"function_name": "chat", "principal": "apigateway.amazonaws.com", "source_arn": "${aws_apigatewayv2_api.a.execution_arn}/*/*"},
                """ + Permissions("q", 20, api: "${var.other_api_execution_arn}")));

    [Fact]
    public void Permissions_whose_function_is_known_only_at_apply_are_not_counted() =>
        Assert.Empty(Check(Permissions("p", 51, "${var.env}-chat")));
}
