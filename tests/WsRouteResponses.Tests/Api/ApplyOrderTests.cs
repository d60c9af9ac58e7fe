using WsRouteResponses.Tests.Support;
using WsRouteResponses.Tests.Support.Simulation;

namespace WsRouteResponses.Tests.Api;

/// <summary>
/// Successive versions of a stack applied with the real Terraform (stand-ins for the AWS resources, see
/// <see cref="StandInStack"/>), the steps replayed against <see cref="SimulatedApiGateway"/>: what the
/// stage serves after each deploy, and whether AWS would refuse a step.
/// </summary>
public sealed class ApplyOrderTests : IDisposable
{
    private readonly TerraformWorkspace _workspace = new();
    private readonly SimulatedApiGateway _aws = new();

    [Fact]
    public void Removing_a_route_takes_it_off_a_stage_with_the_default_settings()
    {
        Deploy(api => { Ping(api); Typing(api); }, new StageOptions { AutoDeploy = null });
        Assert.Equal(["ping", "typing"], _aws.ServedRouteKeys.Order());

        Deploy(Ping, new StageOptions { AutoDeploy = null });
        Assert.Equal(["ping"], _aws.ServedRouteKeys.Order());
    }

    [Fact]
    public void A_managed_deployment_serves_added_routes_but_keeps_a_removed_one_until_a_redeployment_trigger_changes()
    {
        Deploy(Ping, new StageOptions { AutoDeploy = false });
        Deploy(api => { Ping(api); Typing(api); }, new StageOptions { AutoDeploy = false });
        Assert.Equal(["ping", "typing"], _aws.ServedRouteKeys.Order());

        // Terraform creates the new deployment before it destroys the removed route (the documented limit).
        Deploy(Ping, new StageOptions { AutoDeploy = false });
        Assert.Equal(["ping", "typing"], _aws.ServedRouteKeys.Order());

        Deploy(Ping, new StageOptions { AutoDeploy = false, Triggers = new Dictionary<string, string> { ["removed"] = "typing" } });
        Assert.Equal(["ping"], _aws.ServedRouteKeys.Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Changing_an_integration_kind_moves_the_route_to_the_new_integration_before_the_old_one_is_deleted(bool autoDeploy)
        // The managed case holds even without the integration's own create_before_destroy (the deployment's
        // propagates to it); the auto-deploy case is the one that needs it.
    {
        Deploy(api => _ = new TwoWayRoute(api, "Send", new TwoWayRouteProps
        {
            Api = api, RouteKey = "send", Integration = Fixture.Http(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{}")],
        }), new StageOptions { AutoDeploy = autoDeploy });

        var steps = Deploy(api => _ = new TwoWayRoute(api, "Send", new TwoWayRouteProps
        {
            Api = api, RouteKey = "send",
            Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://example.com/messages" }),
        }), new StageOptions { AutoDeploy = autoDeploy });

        var replaced = Assert.Single(steps, s => s is { Action: "delete" } && s.Address.StartsWith("aws_apigatewayv2_integration.", StringComparison.Ordinal));
        Assert.Equal(["send"], _aws.ServedRouteKeys.Order());
        // The stage serves the route on the new integration, which is live; the old one is gone.
        Assert.NotEqual(replaced.Id, _aws.Served["send"].IntegrationId);
        Assert.Equal(replaced.Address, _aws.LiveIntegration(_aws.Served["send"].IntegrationId));
    }

    [Fact]
    public void A_renamed_route_and_stage_with_renamed_from_are_moved_not_created_anew()
    {
        Deploy(api => Ping(api), new StageOptions());

        var steps = Deploy(api => Ping(api, id: "PingPong", renamedFrom: "Ping"), new StageOptions { Id = "Production", RenamedFrom = "Prod" });

        // Moved in the state: no step at all (a create beside the old one is what AWS refuses).
        Assert.Empty(steps);
        Assert.Equal(["ping"], _aws.ServedRouteKeys);
    }

    [Fact]
    public void A_renamed_route_without_renamed_from_is_created_anew_beside_the_old_one()
    {
        Deploy(api => Ping(api), new StageOptions());
        var f = new Fixture();
        Ping(f.Api, id: "PingPong");
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { StageName = "prod" });

        // Terraform creates the new route and destroys the old one with no order between them: AWS refuses
        // the create whenever it comes first ("Route with key ping already exists").
        var steps = _workspace.Apply(StandInStack.From(f.Synth()));
        Assert.Contains(steps, s => s is { Action: "create" } && s.Address.Contains("PingPong_Route", StringComparison.Ordinal));
        Assert.Contains(steps, s => s is { Action: "delete" } && s.Address.Contains("_Ping_Route", StringComparison.Ordinal));
    }

    [Fact]
    public void Responses_moved_to_another_route_of_a_shared_integration_are_moved_not_created_anew()
    {
        var shared = new MockIntegration(new MockIntegrationProps { Id = "Shared" });
        Deploy(api =>
        {
            _ = new TwoWayRoute(api, "Owner", new TwoWayRouteProps
            {
                RouteKey = "owner", Integration = shared, IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{}")],
            });
            _ = new TwoWayRoute(api, "User", new TwoWayRouteProps { RouteKey = "user", Integration = shared });
        }, new StageOptions());

        // The owner route goes; the other route now defines the responses (rule WSR308: one owner).
        var steps = Deploy(api =>
        {
            _ = new TwoWayRoute(api, "User", new TwoWayRouteProps
            {
                RouteKey = "user", Integration = shared, IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{}")],
            });
            api.AddMove("Api/Owner/IntegrationResponses", "Api/User/IntegrationResponses");
        }, new StageOptions());

        Assert.DoesNotContain(steps, s => s.Address.StartsWith("aws_apigatewayv2_integration_response.", StringComparison.Ordinal));
        Assert.Equal(["user"], _aws.ServedRouteKeys);
        Assert.Equal(1, _aws.Served["user"].IntegrationResponses);
    }

    [Fact]
    public void Terraform_creates_every_route_after_its_integrations_responses()
    {
        var stack = StandInStack.From(RoutesWithResponsesDefinedBeforeAndAfter());
        var edges = _workspace.Graph(stack);

        var routes = stack.Resources.Keys.Where(a => a.StartsWith("aws_apigatewayv2_route.", StringComparison.Ordinal)).ToList();
        var responses = stack.Resources.Keys.Where(a => a.StartsWith("aws_apigatewayv2_integration_response.", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, routes.Count);
        Assert.Equal(3, responses.Count);
        foreach (var route in routes)
        {
            var integration = stack.References(route).Single(a => a.StartsWith("aws_apigatewayv2_integration.", StringComparison.Ordinal));
            var ofIntegration = responses.Where(r => stack.References(r).Contains(integration)).ToList();
            Assert.NotEmpty(ofIntegration);
            Assert.All(ofIntegration, response => Assert.Contains((route, response), edges));
        }
    }

    [Fact]
    public void No_auto_deployment_serves_a_route_whose_integration_responses_do_not_exist_yet()
    {
        var stack = StandInStack.From(RoutesWithResponsesDefinedBeforeAndAfter());
        _aws.Replay(stack, _workspace.Apply(stack));

        var deployed = _aws.AutoDeployments.SelectMany(d => d).ToList();
        Assert.Contains(deployed, r => r.Key == "send");
        Assert.All(deployed, r => Assert.True(r.Value.IntegrationResponses > 0, $"An auto-deployment served {r.Key} before its integration responses existed."));
        // The route response comes after its route (it refers to it); its own change deploys it.
        Assert.All(_aws.Served.Values, r => Assert.True(r.HasRouteResponse));
    }

    [Fact]
    public void A_lambda_permission_replaced_by_a_route_key_change_is_created_before_the_old_one_is_deleted()
    {
        Deploy(api => _ = new TwoWayRoute(api, "Send", new TwoWayRouteProps { RouteKey = "send", Integration = new LambdaProxyIntegration(Fixture.Handler) }), new StageOptions());

        var steps = Deploy(api => _ = new TwoWayRoute(api, "Send", new TwoWayRouteProps { RouteKey = "sendmessage", Integration = new LambdaProxyIntegration(Fixture.Handler) }), new StageOptions());

        var permissionSteps = steps.Where(s => s.Address.StartsWith("aws_lambda_permission.", StringComparison.Ordinal)).Select(s => s.Action).ToList();
        // Destroy-then-create would leave the route without a permission in between ("Internal server error").
        Assert.Equal(["create", "delete"], permissionSteps);
        Assert.Equal(["sendmessage"], _aws.ServedRouteKeys);
    }

    [Fact]
    public void The_example_applies_and_its_stage_serves_every_route()
    {
        var stack = StandInStack.From(Stacks.Synth(new ChatApi.ChatStack(Testing.App(), "chat-api")));
        _aws.Replay(stack, _workspace.Apply(stack));
        Assert.Equal(["$connect", "$default", "$disconnect", "ping", "sendmessage", "typing"], _aws.ServedRouteKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_function_given_the_callback_url_applies_where_one_given_the_invoke_url_is_a_cycle()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DeployFunctionWith(stage => stage.InvokeUrl));
        Assert.Contains("Error: Cycle: ", error.Message);

        DeployFunctionWith(stage => stage.CallbackUrl);
        Assert.Equal(["$default"], _aws.ServedRouteKeys.Order());
    }

    /// <summary>
    /// An auto-deployed stack with a route that defines its responses, and two routes sharing an integration
    /// whose responses a set made after them defines.
    /// </summary>
    private static string RoutesWithResponsesDefinedBeforeAndAfter()
    {
        var f = new Fixture();
        Ping(f.Api);
        var shared = Fixture.Http();
        var send = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps { RouteKey = "send", Integration = shared });
        _ = new TwoWayRoute(f.Api, "Edit", new TwoWayRouteProps { RouteKey = "edit", Integration = shared });
        _ = new IntegrationResponseSet(f.Api, "SharedResponses", new IntegrationResponseSetProps
        {
            Integration = send.Integration,
            Responses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(2), "ok"), IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "error")],
        });
        _ = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { StageName = "prod" });
        return f.Synth();
    }

    /// <summary>A managed stage, then a function whose environment holds a URL of the stage, behind the API's $default route.</summary>
    private void DeployFunctionWith(Func<WebSocketStage, string> url)
    {
        var f = new Fixture();
        var stage = new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { Api = f.Api, StageName = "prod", AutoDeploy = false });
        var function = new LambdaFunction(f.Stack, "Handler", new LambdaFunctionConfig
        {
            FunctionName = "chat-handler", Role = "arn:aws:iam::123456789012:role/chat", Runtime = "nodejs20.x", Handler = "index.handler", Filename = "handler.zip",
            Environment = new LambdaFunctionEnvironment { Variables = new Dictionary<string, string> { ["URL"] = url(stage) } },
        });
        _ = new TwoWayRoute(f.Api, "Default", new TwoWayRouteProps { Api = f.Api, RouteKey = "$default", Integration = new LambdaProxyIntegration(LambdaHandler.FromFunction(function)) });
        var stack = StandInStack.From(f.Synth());
        _aws.Replay(stack, _workspace.Apply(stack));
    }

    private sealed record StageOptions
    {
        /// <summary>Null: the library's default.</summary>
        public bool? AutoDeploy { get; init; } = true;

        public string Id { get; init; } = "Prod";

        public string? RenamedFrom { get; init; }

        public IReadOnlyDictionary<string, string>? Triggers { get; init; }
    }

    /// <summary>Synthesizes a new version of the stack, applies it in the same workspace, and replays it.</summary>
    private IReadOnlyList<ApplyStep> Deploy(Action<WebSocketApi> routes, StageOptions stage)
    {
        var f = new Fixture();
        routes(f.Api);
        _ = stage.AutoDeploy is { } autoDeploy
            ? new WebSocketStage(f.Api, stage.Id, new WebSocketStageProps { StageName = "prod", AutoDeploy = autoDeploy, RedeploymentTriggers = stage.Triggers, RenamedFrom = stage.RenamedFrom })
            : new WebSocketStage(f.Api, stage.Id, new WebSocketStageProps { StageName = "prod", RedeploymentTriggers = stage.Triggers, RenamedFrom = stage.RenamedFrom });
        var stack = StandInStack.From(f.Synth());
        var steps = _workspace.Apply(stack);
        _aws.Replay(stack, steps);
        return steps;
    }

    private static void Ping(WebSocketApi api) => Ping(api, "Ping");

    private static void Ping(WebSocketApi api, string id, string? renamedFrom = null) => _ = new TwoWayRoute(api, id, new TwoWayRouteProps
    {
        Api = api, RouteKey = "ping", Integration = new MockIntegration(), RenamedFrom = renamedFrom,
        IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, """{"action": "pong"}""")],
    });

    private static void Typing(WebSocketApi api) => _ = new OneWayRoute(api, "Typing", new OneWayRouteProps
    {
        Api = api, RouteKey = "typing", Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://example.com/typing" }),
    });

    public void Dispose() => _workspace.Dispose();
}
