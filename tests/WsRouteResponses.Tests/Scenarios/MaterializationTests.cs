using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Scenarios;

/// <summary>
/// The library writes route resources to Terraform JSON itself (fast) unless asked for their provider
/// objects. Both ways must give Terraform exactly the same thing.
/// </summary>
public sealed class MaterializationTests
{
    [Fact]
    public void The_example_app_synthesizes_the_same_with_every_resource_materialized()
    {
        var deferred = Stacks.Synth(new ChatApi.ChatStack(Testing.App(), "chat-api"));
        var materialized = new ChatApi.ChatStack(Testing.App(), "chat-api");
        var routes = Apis(materialized).SelectMany(api => api.Routes).ToList();
        Assert.Equal(6, routes.Count);
        foreach (var route in routes) Materialize(route);

        Assert.Equal(Snapshot.Normalize(deferred), Snapshot.Normalize(Stacks.Synth(materialized)));
    }

    [Fact]
    public void MaterializeResources_creates_provider_objects_and_synthesizes_the_same()
    {
        static string Build(bool materialize)
        {
            var stack = Stacks.New();
            var api = WebSocketApi.FromApiId(stack, "Api", "vaz7da96z6", new WebSocketApiOptions { MaterializeResources = materialize });
            _ = new TwoWayRoute(api, "Send", new TwoWayRouteProps
            {
                Api = api,
                RouteKey = "send",
                Integration = new LambdaIntegration(Fixture.Handler, new LambdaIntegrationProps { Timeout = TimeSpan.FromSeconds(3), RequestParameters = new Dictionary<string, string> { ["integration.request.header.x"] = "'y'" } }),
                IntegrationResponses =
                [
                    new IntegrationResponse { Key = IntegrationResponseKey.Regex(".*Error.*"), ContentHandling = ContentHandling.ConvertToText, ImportId = "ir1" },
                    IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{\"ok\": ${x}}"),
                ],
                Import = new RouteImport { RouteId = "r1", RouteResponseId = "rr1", IntegrationId = "i1" },
            });
            _ = new OneWayRoute(api, "Connect", new OneWayRouteProps
            {
                Api = api, RouteKey = "$connect", Integration = new LambdaProxyIntegration(Fixture.Handler),
                Authorization = RouteAuthorization.Custom, AuthorizerId = "auth1", ApiKeyRequired = true,
            });
            return Snapshot.Normalize(Stacks.Synth(stack));
        }

        Assert.Equal(Build(materialize: false), Build(materialize: true));
    }

    [Fact]
    public void The_full_synthesized_file_with_cdktf_metadata_is_the_same_either_way()
    {
        static string Build(bool materialize)
        {
            var stack = Stacks.New("full");
            var api = new WebSocketApi(stack, "Api", new WebSocketApiProps { Name = "x", MaterializeResources = materialize });
            _ = new TwoWayRoute(api, "Send", new TwoWayRouteProps
            {
                Api = api, RouteKey = "send", Integration = Fixture.Http(),
                IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(2), "ok"), IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "error")],
            });
            _ = new OneWayRoute(api, "Connect", new OneWayRouteProps { Api = api, RouteKey = "$connect", Integration = new LambdaProxyIntegration(Fixture.Handler) });
            return Stacks.FullSynth(stack, "full");
        }

        var deferred = Build(materialize: false);
        Assert.Contains("\"uniqueId\": \"Api_Send_IntegrationResponses_CatchAll_", deferred);
        Assert.Equal(Build(materialize: true), deferred);
    }

    [Fact]
    public void The_full_file_of_an_adoption_lists_the_imports_in_cdktf_metadata_either_way()
    {
        static string Build(bool materialize)
        {
            var stack = Stacks.New("adopt");
            var api = WebSocketApi.FromApiId(stack, "Api", "vaz7da96z6", new WebSocketApiOptions { MaterializeResources = materialize });
            _ = new TwoWayRoute(api, "Send", new TwoWayRouteProps
            {
                Api = api, RouteKey = "send", Integration = Fixture.Http(),
                IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.Default, ImportId = "ir1" }],
                Import = new RouteImport { RouteId = "r1", RouteResponseId = "rr1", IntegrationId = "i1" },
            });
            return Stacks.FullSynth(stack, "adopt");
        }

        var deferred = Build(materialize: false);
        Assert.Contains("\"imports\": {", deferred);
        Assert.Equal(Build(materialize: true), deferred);
    }

    [Fact]
    public void An_escape_hatch_keeps_its_logical_id_because_others_refer_to_it()
    {
        var f = new Fixture();
        var route = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps { Api = f.Api, RouteKey = "ping", Integration = new LambdaProxyIntegration(Fixture.Handler) });
        var error = Assert.ThrowsAny<Exception>(() => route.Route.OverrideLogicalId("ping"));
        Assert.Contains("Logical ID may not be overridden once .fqn has been requested", error.Message);
    }

    [Fact]
    public void HCL_output_gets_provider_objects_for_every_resource()
    {
        Environment.SetEnvironmentVariable("SYNTH_HCL_OUTPUT", "true");
        try
        {
            var f = new Fixture();
            _ = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps { Api = f.Api, RouteKey = "ping", Integration = new LambdaProxyIntegration(Fixture.Handler) });
            var hcl = (string)Testing.SynthHcl(f.Stack);
            Assert.Contains("resource \"aws_apigatewayv2_route_response\"", hcl);
            Assert.Contains("resource \"aws_lambda_permission\"", hcl);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SYNTH_HCL_OUTPUT", null);
        }
    }

    [Fact]
    public void Apis_and_routes_in_nested_scopes_get_the_same_addresses_either_way()
    {
        static string Build(bool materialize)
        {
            var stack = Stacks.New();
            var api = new WebSocketApi(new Constructs.Construct(stack, "Chat Service"), "Api", new WebSocketApiProps { Name = "x", MaterializeResources = materialize });
            var group = new Constructs.Construct(api, "Admin/Routes");
            _ = new TwoWayRoute(group, "Ping", new TwoWayRouteProps
            {
                Api = api, RouteKey = "ping", Integration = new MockIntegration(),
                IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "pong")],
            });
            _ = new WebSocketStage(api, "Prod", new WebSocketStageProps { Api = api, StageName = "prod" });
            return Snapshot.Normalize(Stacks.Synth(stack));
        }

        var deferred = Build(materialize: false);
        Assert.Contains("\"ChatService_Api_Admin--Routes_Ping_IntegrationResponses_CatchAll_", deferred);
        Assert.Equal(deferred, Build(materialize: true));
    }

    [Fact]
    public void An_escape_hatch_is_the_resource_at_the_same_address_and_takes_overrides()
    {
        var f = new Fixture();
        var route = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "pong")],
        });
        var before = Stacks.Addresses(Stacks.Synth(f.Stack));

        route.Route.AddOverride("operation_name", "Ping");

        var json = Stacks.Synth(f.Stack);
        Assert.Equal(before, Stacks.Addresses(json));
        Assert.Equal("Ping", (string?)Stacks.Single(json, "aws_apigatewayv2_route")["operation_name"]);
        Assert.Equal($"${{{Stacks.SingleWithAddress(json, "aws_apigatewayv2_route").Address}.id}}",
            (string?)Stacks.Single(json, "aws_apigatewayv2_route_response")["route_id"]);
    }

    private static IEnumerable<WebSocketApi> Apis(TerraformStack stack) =>
        stack.Node.FindAll(Constructs.ConstructOrder.PREORDER).OfType<WebSocketApi>();

    private static void Materialize(WebSocketRoute route)
    {
        _ = route.Route;
        _ = route.Permission;
        _ = route.Integration.Resource;
        if (route is TwoWayRoute twoWay)
        {
            _ = twoWay.RouteResponse;
            _ = twoWay.IntegrationResponses?.Resources;
        }
    }
}
