using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="LoggingRoleRule"/> (WSR505) over Terraform JSON.</summary>
public sealed class LoggingRoleRuleTests
{
    private const string Problem = "turns on execution logging; AWS refuses it (\"CloudWatch Logs role ARN must be set in account settings to enable logging\") unless the account's API Gateway CloudWatch Logs role is set.";

    private static IReadOnlyList<string> Check(string settings, string dependsOn = "[]", string name = "prod") => Findings(new LoggingRoleRule(), $$$"""
        "aws_apigatewayv2_stage": {"s": {"api_id": "{{{ApiId}}}", "name": "{{{name}}}", "auto_deploy": true, "depends_on": {{{dependsOn}}},
          "default_route_settings": {"throttling_rate_limit": 100, "throttling_burst_limit": 50, {{{settings}}}}}
        }
        """);

    [Theory]
    [InlineData("\"logging_level\": \"INFO\"")]
    [InlineData("\"logging_level\": \"ERROR\"")]
    [InlineData("\"data_trace_enabled\": true")]
    [InlineData("\"logging_level\": \"OFF\", \"data_trace_enabled\": true")]
    public void Logging_without_the_account_role_is_reported(string settings) =>
        Assert.Equal([$"aws_apigatewayv2_stage.s: Stage \"prod\" {Problem}"], Check(settings));

    [Fact]
    public void Logging_turned_on_for_one_route_is_reported_too() =>
        Assert.Equal([$"aws_apigatewayv2_stage.s: Stage \"prod\" {Problem}"], Findings(new LoggingRoleRule(), $$$"""
            "aws_apigatewayv2_stage": {"s": {"api_id": "{{{ApiId}}}", "name": "prod", "auto_deploy": true,
              "route_settings": [{"route_key": "ping", "logging_level": "OFF"}, {"route_key": "sendmessage", "logging_level": "INFO"}]}}
            """));

    [Fact]
    public void A_depends_on_of_another_resource_is_not_the_account_role() =>
        Assert.Equal([$"aws_apigatewayv2_stage.s: Stage \"prod\" {Problem}"], Check("\"logging_level\": \"INFO\"", "[\"aws_iam_role.logs\"]"));

    [Fact]
    public void A_stage_name_known_only_at_apply_is_shown_by_what_it_refers_to() =>
        Assert.Equal([$"aws_apigatewayv2_stage.s: Stage (var.stage_name, known at apply) {Problem}"], Check("\"logging_level\": \"INFO\"", name: "${var.stage_name}"));

    [Fact]
    public void A_stage_name_given_by_an_expression_is_said_to_be_known_at_apply() =>
        Assert.Equal([$"aws_apigatewayv2_stage.s: Stage (an expression, known at apply) {Problem}"], Check("\"logging_level\": \"INFO\"", name: "${var.env}-ws"));

    [Fact]
    public void Logging_that_depends_on_the_account_role_passes() =>
        Assert.Empty(Check("\"logging_level\": \"INFO\", \"data_trace_enabled\": true", "[\"aws_api_gateway_account.main\"]"));

    [Theory]
    [InlineData("\"logging_level\": \"OFF\"")]
    [InlineData("\"data_trace_enabled\": false, \"detailed_metrics_enabled\": true")]
    [InlineData("\"logging_level\": \"${var.logging_level}\"")] // known only at apply: not judged
    [InlineData("\"logging_level\": \"${try(var.settings.logging_level, null)}\", \"data_trace_enabled\": \"${var.data_trace_enabled}\"")]
    public void A_stage_without_execution_logging_passes(string settings) => Assert.Empty(Check(settings));

    [Fact]
    public void A_stage_without_default_route_settings_passes() => Assert.Empty(Findings(new LoggingRoleRule(), $$$"""
        "aws_apigatewayv2_stage": {"s": {"api_id": "{{{ApiId}}}", "name": "prod", "auto_deploy": true}}
        """));
}
