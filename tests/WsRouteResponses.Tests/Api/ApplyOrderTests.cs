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
        Assert.NotEqual(replaced.Id, _aws.Served["send"]);
        Assert.Equal(replaced.Address, _aws.LiveIntegration(_aws.Served["send"]));
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

        public IReadOnlyDictionary<string, string>? Triggers { get; init; }
    }

    /// <summary>Synthesizes a new version of the stack, applies it in the same workspace, and replays it.</summary>
    private IReadOnlyList<ApplyStep> Deploy(Action<WebSocketApi> routes, StageOptions stage)
    {
        var f = new Fixture();
        routes(f.Api);
        _ = stage.AutoDeploy is { } autoDeploy
            ? new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { StageName = "prod", AutoDeploy = autoDeploy, RedeploymentTriggers = stage.Triggers })
            : new WebSocketStage(f.Api, "Prod", new WebSocketStageProps { StageName = "prod", RedeploymentTriggers = stage.Triggers });
        var stack = StandInStack.From(f.Synth());
        var steps = _workspace.Apply(stack);
        _aws.Replay(stack, steps);
        return steps;
    }

    private static void Ping(WebSocketApi api) => _ = new TwoWayRoute(api, "Ping", new TwoWayRouteProps
    {
        Api = api, RouteKey = "ping", Integration = new MockIntegration(),
        IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, """{"action": "pong"}""")],
    });

    private static void Typing(WebSocketApi api) => _ = new OneWayRoute(api, "Typing", new OneWayRouteProps
    {
        Api = api, RouteKey = "typing", Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://example.com/typing" }),
    });

    public void Dispose() => _workspace.Dispose();
}
