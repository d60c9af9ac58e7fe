using System.Text.Json.Nodes;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Api;

public sealed class WebSocketStageTests
{
    [Fact]
    public void A_stage_is_auto_deployed_by_default()
    {
        var f = new Fixture();
        _ = new OneWayRoute(f.Api, "Typing", new OneWayRouteProps { Api = f.Api, RouteKey = "typing", Integration = new MockIntegration() });
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod" });
        var json = f.Synth();
        Assert.Empty(Stacks.Resources(json, "aws_apigatewayv2_deployment"));
        var stage = Stacks.Single(json, "aws_apigatewayv2_stage");
        Assert.True((bool?)stage["auto_deploy"]);
        Assert.Null(stage["deployment_id"]);
    }

    [Fact]
    public void The_managed_deployment_trigger_covers_the_api_and_every_route_integration_and_response_added_before_or_after_the_stage()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "Before", new TwoWayRouteProps { Api = f.Api, RouteKey = "before", Integration = new LambdaProxyIntegration(Fixture.Handler) });
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod", AutoDeploy = false });
        _ = new TwoWayRoute(f.Api, "After", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "after", Integration = Fixture.Http(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(2), "ok"), IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "error")],
        });

        var json = f.Synth();
        var deployables = Stacks.Addresses(json).Where(a => a.StartsWith("aws_apigatewayv2_", StringComparison.Ordinal) && !a.Contains("deployment") && !a.Contains("stage")).ToList();
        Assert.Equal(9, deployables.Count); // the API, 2 routes, 2 route responses, 2 integrations, 2 integration responses
        Assert.Equal(deployables.Order(StringComparer.Ordinal), HashedAddresses(json));
        var deployment = Stacks.Single(json, "aws_apigatewayv2_deployment");
        Assert.True((bool?)deployment["lifecycle"]!["create_before_destroy"]);

        var (deploymentAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_deployment");
        var stage = Stacks.Single(json, "aws_apigatewayv2_stage");
        Assert.Equal($"${{{deploymentAddress}.id}}", (string?)stage["deployment_id"]);
        Assert.Null(stage["auto_deploy"]);
    }

    [Fact]
    public void The_managed_deployment_trigger_covers_integrations_attached_from_resources_redeploy_on_resources_and_user_triggers()
    {
        var f = new Fixture();
        var legacy = new Apigatewayv2Integration(f.Stack, "Legacy", new Apigatewayv2IntegrationConfig { ApiId = f.Api.ApiId, IntegrationType = "MOCK" });
        var authorizer = new Apigatewayv2Authorizer(f.Stack, "Authorizer", new Apigatewayv2AuthorizerConfig
        {
            ApiId = f.Api.ApiId, AuthorizerType = "REQUEST", Name = "auth", AuthorizerUri = Fixture.Handler.InvokeArn,
        });
        _ = new OneWayRoute(f.Api, "Legacy", new OneWayRouteProps { Api = f.Api, RouteKey = "legacy", Integration = ExistingIntegration.FromResource(legacy) });
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps
        {
            Api = f.Api, StageName = "prod", AutoDeploy = false,
            RedeployOn = [authorizer],
            RedeploymentTriggers = new Dictionary<string, string> { ["release"] = "2026-11-22" },
        });

        var json = f.Synth();
        Assert.Contains("aws_apigatewayv2_integration.Legacy", HashedAddresses(json));
        Assert.Contains("aws_apigatewayv2_authorizer.Authorizer", HashedAddresses(json));
        Assert.Equal("2026-11-22", (string?)Stacks.Single(json, "aws_apigatewayv2_deployment")["triggers"]!["release"]);
    }

    [Fact]
    public void Redeployment_settings_with_auto_deploy_or_on_the_library_key_are_refused()
    {
        var f = new Fixture();
        var withAutoDeploy = Assert.Throws<ArgumentException>(() => new WebSocketStage(f.Api, "A", new WebSocketStageProps
        {
            Api = f.Api, StageName = "a", RedeploymentTriggers = new Dictionary<string, string> { ["release"] = "1" },
        }));
        Assert.StartsWith("[test/Api/A] RedeployOn and RedeploymentTriggers apply to the managed deployment only; set AutoDeploy = false to use them", withAutoDeploy.Message);
        var onLibraryKey = Assert.Throws<ArgumentException>(() => new WebSocketStage(f.Api, "B", new WebSocketStageProps
        {
            Api = f.Api, StageName = "b", AutoDeploy = false, RedeploymentTriggers = new Dictionary<string, string> { ["redeployment"] = "1" },
        }));
        Assert.StartsWith("[test/Api/B] The trigger key \"redeployment\" is the library's", onLibraryKey.Message);
    }

    [Fact]
    public void Logging_without_throttling_writes_the_account_default_limits_not_zero()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps
        {
            Api = f.Api, StageName = "prod", LoggingLevel = StageLoggingLevel.Error, CloudWatchRole = AccountCloudWatchRole.SetElsewhere,
        });
        var settings = Stacks.Single(f.Synth(), "aws_apigatewayv2_stage")["default_route_settings"]!;
        Assert.Equal(10_000, (double?)settings["throttling_rate_limit"]);
        Assert.Equal(5_000, (double?)settings["throttling_burst_limit"]);
        Assert.Equal("ERROR", (string?)settings["logging_level"]);
    }

    [Fact]
    public void One_throttling_limit_gets_the_default_of_the_other()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod", ThrottlingRateLimit = 50 });
        var settings = Stacks.Single(f.Synth(), "aws_apigatewayv2_stage")["default_route_settings"]!;
        Assert.Equal(50, (double?)settings["throttling_rate_limit"]);
        Assert.Equal(5_000, (double?)settings["throttling_burst_limit"]);
    }

    [Fact]
    public void A_stage_without_settings_writes_every_default_so_that_a_removed_setting_turns_off()
    {
        // The provider ignores a missing block and sends logging_level only when it is set: a stage that had
        // INFO logging and data trace keeps them unless the next apply writes OFF and false.
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod" });
        var settings = Stacks.Single(f.Synth(), "aws_apigatewayv2_stage")["default_route_settings"]!;
        Assert.Equal(
            """{"data_trace_enabled":false,"detailed_metrics_enabled":false,"logging_level":"OFF","throttling_burst_limit":5000,"throttling_rate_limit":10000}""",
            settings.ToJsonString());
    }

    [Fact]
    public void Every_route_setting_is_written()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Dev", new WebSocketStageProps
        {
            Api = f.Api, StageName = "dev", ThrottlingRateLimit = 100, ThrottlingBurstLimit = 50,
            LoggingLevel = StageLoggingLevel.Info, DataTraceEnabled = true, DetailedMetricsEnabled = false, CloudWatchRole = AccountCloudWatchRole.SetElsewhere,
        });
        var settings = Stacks.Single(f.Synth(), "aws_apigatewayv2_stage")["default_route_settings"]!;
        Assert.Equal(100, (double?)settings["throttling_rate_limit"]);
        Assert.Equal(50, (double?)settings["throttling_burst_limit"]);
        Assert.Equal("INFO", (string?)settings["logging_level"]);
        Assert.True((bool?)settings["data_trace_enabled"]);
        Assert.False((bool?)settings["detailed_metrics_enabled"]);
        Assert.Empty(Stacks.Warnings(f.Stack));
    }

    [Fact]
    public void Logging_without_the_account_cloudwatch_role_is_a_warning()
    {
        var f = new Fixture();
        var stage = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod", DataTraceEnabled = true });
        Assert.Equal(
            ["WSR505: Stage \"prod\" turns on execution logging; AWS refuses it (\"CloudWatch Logs role ARN must be set in account settings to enable logging\") unless the account's API Gateway CloudWatch Logs role is set. " +
            "Fix: set the role once per account and Region with an aws_api_gateway_account (cloudwatch_role_arn: a role that apigateway.amazonaws.com assumes, with AmazonAPIGatewayPushToCloudWatchLogs) and pass CloudWatchRole = AccountCloudWatchRole.SetBy(account) so that Terraform sets it first, or CloudWatchRole = AccountCloudWatchRole.SetElsewhere if it is set already."],
            Stacks.Warnings(stage));
    }

    [Fact]
    public void A_stage_depends_on_the_resource_that_sets_the_cloudwatch_role()
    {
        var f = new Fixture();
        var account = new ApiGatewayAccount(f.Stack, "Account", new ApiGatewayAccountConfig { CloudwatchRoleArn = "arn:aws:iam::123456789012:role/apigw-logs" });
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps
        {
            Api = f.Api, StageName = "prod", LoggingLevel = StageLoggingLevel.Info, CloudWatchRole = AccountCloudWatchRole.SetBy(account),
        });
        var stage = Stacks.Single(f.Synth(), "aws_apigatewayv2_stage");
        Assert.Equal(["aws_api_gateway_account.Account"], stage["depends_on"]!.AsArray().Select(d => (string?)d));
        Assert.Empty(Stacks.Warnings(f.Stack));
    }

    [Fact]
    public void A_managed_deployment_of_a_created_api_without_routes_fails_synthesis()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod", AutoDeploy = false });
        var error = Assert.ThrowsAny<Exception>(() => f.Synth());
        Assert.Contains("[test/Api/Prod] WSR503: Stage \"prod\" deploys an API without routes. Fix: add a route to the API, or leave AutoDeploy at its default (true): API Gateway then deploys once the API has routes.", error.Message);
    }

    [Fact]
    public void A_managed_deployment_of_an_attached_api_may_deploy_routes_that_exist_only_in_aws()
    {
        var stack = Stacks.New();
        var api = WebSocketApi.FromApiId(stack, "Existing", "vaz7da96z6");
        _ = new WebSocketStage(api, "Prod", new WebSocketStageProps { Api = api, StageName = "prod", AutoDeploy = false });
        Assert.Equal("vaz7da96z6", (string?)Stacks.Single(Stacks.Synth(stack), "aws_apigatewayv2_deployment")["api_id"]);
    }

    [Fact]
    public void Stage_11_is_a_warning_as_the_quota_is_adjustable()
    {
        var f = new Fixture();
        for (var i = 0; i < 10; i++) _ = new WebSocketStage(f.Api, $"S{i}", new WebSocketStageProps { Api = f.Api, StageName = $"s{i}", UrlOutput = false });
        var stage = new WebSocketStage(f.Api, "S10", new WebSocketStageProps { Api = f.Api, StageName = "s10" });
        Assert.Equal(
            ["WSR504: This is stage 11 of the API; AWS's default quota is 10. Fix: split environments over several APIs; if your account's quota was raised (Service Quotas, adjustable), declare it: Quotas = new WebSocketQuotas { Stages = n } on the API."],
            Stacks.Warnings(stage));
    }

    [Fact]
    public void The_url_output_is_the_stage_invoke_url()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod" });
        var json = f.Synth();
        var (stageAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_stage");
        var outputs = JsonNode.Parse(json)!["output"]!.AsObject();
        Assert.Contains(outputs, o => (string?)o.Value!["value"] == $"${{{stageAddress}.invoke_url}}");
    }

    [Fact]
    public void The_callback_url_and_the_management_grant_refer_to_the_api_not_the_stage()
    {
        var f = new Fixture();
        var stage = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod" });
        _ = new TerraformOutput(f.Stack, "Callback", new TerraformOutputConfig { Value = stage.CallbackUrl });
        _ = stage.GrantManagementApiAccess("chat-handler");

        var json = f.Synth();
        var (apiAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_api");
        Assert.Equal($"${{replace({apiAddress}.api_endpoint, \"wss://\", \"https://\")}}/prod", (string?)JsonNode.Parse(json)!["output"]!["Callback"]!["value"]);
        var policy = Stacks.Single(json, "aws_iam_role_policy");
        Assert.Equal("chat-handler", (string?)policy["role"]);
        Assert.Equal(
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"execute-api:ManageConnections","Resource":"${{{apiAddress}}.execution_arn}/prod/*/@connections/*"}]}""",
            (string?)policy["policy"]);
    }

    [Fact]
    public void The_callback_url_and_grant_of_an_api_attached_by_id_use_its_lookup()
    {
        var stack = Stacks.New();
        var api = WebSocketApi.FromApiId(stack, "Existing", "vaz7da96z6");
        var stage = new WebSocketStage(api, "Prod", new WebSocketStageProps { StageName = "prod" });
        _ = new TerraformOutput(stack, "Callback", new TerraformOutputConfig { Value = stage.CallbackUrl });
        _ = stage.GrantManagementApiAccess("chat-handler");

        var json = JsonNode.Parse(Stacks.Synth(stack))!;
        var lookup = Assert.Single(json["data"]!["aws_apigatewayv2_api"]!.AsObject()).Key;
        Assert.Equal($"${{replace(data.aws_apigatewayv2_api.{lookup}.api_endpoint, \"wss://\", \"https://\")}}/prod", (string?)json["output"]!["Callback"]!["value"]);
        Assert.Contains($"${{data.aws_apigatewayv2_api.{lookup}.execution_arn}}/prod/*/@connections/*", (string?)Assert.Single(json["resource"]!["aws_iam_role_policy"]!.AsObject()).Value!["policy"]);
    }

    [Fact]
    public void A_stage_in_its_api_needs_no_api_prop_and_one_elsewhere_needs_it()
    {
        var f = new Fixture();
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { StageName = "prod" });
        Assert.Equal("prod", (string?)Stacks.Single(f.Synth(), "aws_apigatewayv2_stage")["name"]);
        var error = Assert.Throws<ArgumentException>(() => new WebSocketStage(f.Stack, "Dev", new WebSocketStageProps { StageName = "dev" }));
        Assert.StartsWith("[test/Dev] WebSocketStageProps.Api is not set and the stage's scope is not a WebSocketApi; ", error.Message);
    }

    [Fact]
    public void An_existing_stage_is_adopted_with_an_import_block()
    {
        var stack = Stacks.New();
        var api = WebSocketApi.FromApiId(stack, "Existing", "vaz7da96z6");
        _ = new WebSocketStage(api, "Prod", new WebSocketStageProps { Api = api, StageName = "prod", ImportExisting = true });
        var json = Stacks.Synth(stack);
        var (stageAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_stage");
        var import = Assert.Single(JsonNode.Parse(json)!["import"]!.AsArray())!;
        Assert.Equal("vaz7da96z6/prod", (string?)import["id"]);
        Assert.Equal(stageAddress, (string?)import["to"]);
    }

    [Fact]
    public void Adopting_a_stage_of_an_api_created_in_the_stack_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod", ImportExisting = true }));
        Assert.StartsWith("[test/Api/Prod] WSR601: Stage \"prod\" adopts an existing stage, but its API is created in this stack, so its id is only known after apply. Fix: ", error.Message);
    }

    /// <summary>The addresses inside <c>sha1(jsonencode([...]))</c> of the deployment's redeployment trigger.</summary>
    private static IReadOnlyList<string> HashedAddresses(string json)
    {
        var trigger = (string)Stacks.Single(json, "aws_apigatewayv2_deployment")["triggers"]!["redeployment"]!;
        Assert.StartsWith("${sha1(jsonencode([", trigger);
        Assert.EndsWith("]))}", trigger);
        return trigger["${sha1(jsonencode([".Length..^"]))}".Length].Split(", ");
    }
}
