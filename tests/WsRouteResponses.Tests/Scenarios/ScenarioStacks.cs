using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Scenarios;

/// <summary>The stacks of the scenarios (seeds and product), shared by the snapshot and round-trip tests.</summary>
internal static class ScenarioStacks
{
    /// <summary>Every scenario by name.</summary>
    public static IReadOnlyDictionary<string, Func<(TerraformStack Stack, WebSocketApi Api)>> All { get; } = new Dictionary<string, Func<(TerraformStack, WebSocketApi)>>
    {
        [nameof(Seed000_lambda_proxy_default_route_two_way)] = Seed000_lambda_proxy_default_route_two_way,
        [nameof(Seed001_http_non_proxy_with_status_class_responses)] = Seed001_http_non_proxy_with_status_class_responses,
        [nameof(Seed002_route_response_with_a_model)] = Seed002_route_response_with_a_model,
        [nameof(Mock_ping_pong)] = Mock_ping_pong,
        [nameof(Aws_service_integration_to_sqs)] = Aws_service_integration_to_sqs,
        [nameof(One_way_route)] = One_way_route,
        [nameof(Attach_to_an_existing_api)] = Attach_to_an_existing_api,
        [nameof(Adopt_existing_route_and_responses_with_import_blocks)] = Adopt_existing_route_and_responses_with_import_blocks,
    };

    public static (TerraformStack Stack, WebSocketApi Api) Seed000_lambda_proxy_default_route_two_way()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "DefaultRoute", new TwoWayRouteProps { Api = f.Api, RouteKey = "$default", Integration = new LambdaProxyIntegration(Fixture.Handler) });
        _ = new WebSocketStage(f.Api, "Test", new WebSocketStageProps { Api = f.Api, StageName = "test" });

        return (f.Stack, f.Api);
    }

    public static (TerraformStack Stack, WebSocketApi Api) Seed001_http_non_proxy_with_status_class_responses()
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

        return (f.Stack, f.Api);
    }

    public static (TerraformStack Stack, WebSocketApi Api) Seed002_route_response_with_a_model()
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

        return (f.Stack, f.Api);
    }

    public static (TerraformStack Stack, WebSocketApi Api) Mock_ping_pong()
    {
        var f = new Fixture();
        _ = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = new MockIntegration(),
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "{\"action\": \"pong\", \"at\": \"$context.requestTimeEpoch\"}")],
        });

        return (f.Stack, f.Api);
    }

    public static (TerraformStack Stack, WebSocketApi Api) Aws_service_integration_to_sqs()
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

        return (f.Stack, f.Api);
    }

    public static (TerraformStack Stack, WebSocketApi Api) One_way_route()
    {
        var f = new Fixture();
        _ = new OneWayRoute(f.Api, "Typing", new OneWayRouteProps
        {
            Api = f.Api, RouteKey = "typing",
            Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://backend.example.com/typing" }),
        });

        return (f.Stack, f.Api);
    }

    public static (TerraformStack Stack, WebSocketApi Api) Attach_to_an_existing_api()
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

        return (stack, api);
    }

    public static (TerraformStack Stack, WebSocketApi Api) Adopt_existing_route_and_responses_with_import_blocks()
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

        return (stack, api);
    }
}
