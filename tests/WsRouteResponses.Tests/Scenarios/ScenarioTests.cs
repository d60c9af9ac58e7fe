using System.Text.Json.Nodes;
using WsRouteResponses.Api;
using WsRouteResponses.Integrations;
using WsRouteResponses.Models;
using WsRouteResponses.Responses;
using WsRouteResponses.Routes;
using WsRouteResponses.Tests.Support;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Tests.Scenarios;

/// <summary>One synthesized stack per scenario of the seeds and the product, each against its verified snapshot.</summary>
public sealed class ScenarioTests
{
    [Fact]
    public void Seed000_lambda_proxy_default_route_two_way()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "DefaultRoute", new TwoWayRouteProps { Api = f.Api, RouteKey = "$default", Integration = new LambdaProxyIntegration(Fixture.Handler) });
        _ = new WebSocketStage(f.Api, "Test", new WebSocketStageProps { Api = f.Api, StageName = "test" });

        Snapshot.Verify(f.Synth());
    }

    [Fact]
    public void Seed001_http_non_proxy_with_status_class_responses()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "SendMessage", new TwoWayRouteProps
        {
            Api = f.Api,
            RouteKey = "sendmessage",
            Integration = new HttpIntegration(new HttpIntegrationProps
            {
                Uri = "https://backend.example.com/messages",
                RequestTemplates = new Dictionary<string, string> { ["$default"] = "{\"text\": $input.json('$.text')}" },
                TemplateSelectionExpression = "\\$default",
            }),
            IntegrationResponses =
            [
                new IntegrationResponse
                {
                    Key = IntegrationResponseKey.StatusClass(2),
                    TemplateSelectionExpression = "${integration.response.statuscode}",
                    Templates = new Dictionary<string, string> { ["200"] = "{\"sent\": true}", ["$default"] = "{\"accepted\": true}" },
                },
                IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(4), "{\"error\": $input.json('$.message')}"),
                IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{\"error\": \"unexpected\"}"),
            ],
        });

        Snapshot.Verify(f.Synth());
    }

    [Fact]
    public void Seed002_route_response_with_a_model()
    {
        var f = new Fixture();
        var model = new WebSocketModel(f.Api, "PongModel", new WebSocketModelProps
        {
            Api = f.Api,
            Name = "Pong",
            Schema = """{"$schema":"http://json-schema.org/draft-04/schema#","type":"object","properties":{"action":{"type":"string"}}}""",
        });
        _ = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{\"action\": \"pong\"}")],
            ResponseModels = new Dictionary<string, IWebSocketModel> { ["$default"] = model },
        });

        Snapshot.Verify(f.Synth());
    }

    [Fact]
    public void Mock_ping_pong()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{\"action\": \"pong\", \"at\": \"$context.requestTimeEpoch\"}")],
        });

        Snapshot.Verify(f.Synth());
    }

    [Fact]
    public void Aws_service_integration_to_sqs()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "Enqueue", new TwoWayRouteProps
        {
            Api = f.Api,
            RouteKey = "enqueue",
            Integration = new AwsServiceIntegration(new AwsServiceIntegrationProps
            {
                Uri = "arn:aws:apigateway:us-east-1:sqs:path/123456789012/chat-messages",
                CredentialsRoleArn = "arn:aws:iam::123456789012:role/apigw-sqs-send",
                RequestTemplates = new Dictionary<string, string> { ["$default"] = "Action=SendMessage&MessageBody=$util.urlEncode($input.body)" },
                TemplateSelectionExpression = "\\$default",
                // SQS reads the template as a form; without this header it answers 4xx.
                RequestParameters = new Dictionary<string, string> { ["integration.request.header.Content-Type"] = "'application/x-www-form-urlencoded'" },
            }),
            IntegrationResponses =
            [
                IntegrationResponse.WithTemplate(IntegrationResponseKey.StatusClass(2), "{\"queued\": true}"),
                IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{\"queued\": false}"),
            ],
        });

        Snapshot.Verify(f.Synth());
    }

    [Fact]
    public void One_way_route()
    {
        var f = new Fixture();
        _ = new OneWayRoute(f.Api, "Typing", new OneWayRouteProps
        {
            Api = f.Api, RouteKey = "typing",
            Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://backend.example.com/typing" }),
        });

        Snapshot.Verify(f.Synth());
    }

    [Fact]
    public void Attach_to_an_existing_api()
    {
        var stack = Stacks.New();
        var api = WebSocketApi.FromApiId(stack, "Existing", "vaz7da96z6");
        _ = new TwoWayRoute(api, "Echo", new TwoWayRouteProps { Api = api, RouteKey = "echo", Integration = new LambdaProxyIntegration(Fixture.Handler) });
        _ = new IntegrationResponseSet(api, "LegacyResponses", new IntegrationResponseSetProps
        {
            Api = api,
            Integration = ExistingIntegration.FromId("a1b2c3", IntegrationType.Http).Reference,
            Responses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{\"ok\": true}")],
        });

        Snapshot.Verify(Stacks.Synth(stack));
    }

    [Fact]
    public void Adopt_existing_route_and_responses_with_import_blocks()
    {
        var stack = Stacks.New();
        var api = WebSocketApi.FromApiId(stack, "Existing", "vaz7da96z6");
        _ = new TwoWayRoute(api, "SendMessage", new TwoWayRouteProps
        {
            Api = api,
            RouteKey = "sendmessage",
            Integration = new HttpIntegration(new HttpIntegrationProps { Uri = "https://backend.example.com/messages" }),
            IntegrationResponses =
            [
                new IntegrationResponse { Key = IntegrationResponseKey.Default, ImportId = "ir-default" },
                new IntegrationResponse { Key = IntegrationResponseKey.StatusClass(4) },
            ],
            Import = new RouteImport { RouteId = "r0ute1", RouteResponseId = "rr0001", IntegrationId = "a1b2c3" },
        });

        var json = Stacks.Synth(stack);
        var imports = JsonNode.Parse(json)!["import"]!.AsArray().Select(i => (string?)i!["id"]).Order(StringComparer.Ordinal);
        Assert.Equal(["vaz7da96z6/a1b2c3", "vaz7da96z6/a1b2c3/ir-default", "vaz7da96z6/r0ute1", "vaz7da96z6/r0ute1/rr0001"], imports);
        Snapshot.Verify(json);
    }

    [Fact]
    public void Adopting_into_an_api_created_in_the_stack_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new OneWayRoute(f.Api, "Send", new OneWayRouteProps
        {
            Api = f.Api, RouteKey = "send", Integration = new MockIntegration(),
            Import = new RouteImport { RouteId = "r0ute1" },
        }));
        Assert.Equal(
            "[test/Api/Send] WSR601: The route adopts existing resources, but its API is created in this stack, so its id is only known after apply. " +
            "Fix: attach to the existing API with WebSocketApi.FromApiId(\"<api id>\"), and give the existing integration's id (RouteImport.IntegrationId or ExistingIntegration.FromId) so that import ids are literal.",
            error.Message);
    }
}
