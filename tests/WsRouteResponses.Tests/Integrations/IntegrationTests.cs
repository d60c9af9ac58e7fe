using System.Text.Json.Nodes;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Integrations;

public sealed class IntegrationTests
{
    private static JsonObject SynthIntegration(WebSocketIntegration integration, bool twoWay = false)
    {
        var f = new Fixture();
        if (twoWay)
            _ = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps
            {
                Api = f.Api, RouteKey = "send", Integration = integration,
                IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.Default }],
            });
        else
            _ = new OneWayRoute(f.Api, "Send", new OneWayRouteProps { Api = f.Api, RouteKey = "send", Integration = integration });
        return Stacks.Single(f.Synth(), "aws_apigatewayv2_integration");
    }

    [Fact]
    public void Lambda_proxy_invokes_the_function_with_post()
    {
        var json = SynthIntegration(new LambdaProxyIntegration(Fixture.Handler, new LambdaProxyIntegrationProps { Timeout = TimeSpan.FromSeconds(5), Description = "echo" }));
        Assert.Equal("AWS_PROXY", (string?)json["integration_type"]);
        Assert.Equal(Fixture.Handler.InvokeArn, (string?)json["integration_uri"]);
        Assert.Equal("POST", (string?)json["integration_method"]);
        Assert.Equal(5000, (double?)json["timeout_milliseconds"]);
        Assert.Equal("echo", (string?)json["description"]);
    }

    [Fact]
    public void Lambda_non_proxy_carries_request_templates()
    {
        var json = SynthIntegration(new LambdaIntegration(Fixture.Handler, new LambdaIntegrationProps
        {
            RequestTemplates = new Dictionary<string, string> { ["$default"] = "{\"id\": \"${request.body.id}\"}" },
            TemplateSelectionExpression = "\\$default",
            PassthroughBehavior = PassthroughBehavior.Never,
            ContentHandling = ContentHandling.ConvertToText,
        }), twoWay: true);
        Assert.Equal("AWS", (string?)json["integration_type"]);
        Assert.Equal("{\"id\": \"$${request.body.id}\"}", (string?)json["request_templates"]!["$default"]);
        Assert.Equal("\\$default", (string?)json["template_selection_expression"]);
        Assert.Equal("NEVER", (string?)json["passthrough_behavior"]);
        Assert.Equal("CONVERT_TO_TEXT", (string?)json["content_handling_strategy"]);
    }

    [Fact]
    public void Aws_service_integration_has_credentials()
    {
        var json = SynthIntegration(new AwsServiceIntegration(new AwsServiceIntegrationProps
        {
            Uri = "arn:aws:apigateway:us-east-1:sqs:path/123456789012/chat",
            CredentialsRoleArn = "arn:aws:iam::123456789012:role/apigw-sqs",
        }), twoWay: true);
        Assert.Equal("AWS", (string?)json["integration_type"]);
        Assert.Equal("arn:aws:iam::123456789012:role/apigw-sqs", (string?)json["credentials_arn"]);
        Assert.Equal("POST", (string?)json["integration_method"]);
    }

    [Fact]
    public void Http_through_a_vpc_link()
    {
        var json = SynthIntegration(new HttpIntegration(new HttpIntegrationProps { Uri = "http://internal/messages", Method = "PUT", VpcLinkId = "vpclink1" }), twoWay: true);
        Assert.Equal("HTTP", (string?)json["integration_type"]);
        Assert.Equal("PUT", (string?)json["integration_method"]);
        Assert.Equal("VPC_LINK", (string?)json["connection_type"]);
        Assert.Equal("vpclink1", (string?)json["connection_id"]);
    }

    [Fact]
    public void Http_proxy_has_no_templates()
    {
        var json = SynthIntegration(new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://example.com/typing" }));
        Assert.Equal("HTTP_PROXY", (string?)json["integration_type"]);
        Assert.Null(json["request_templates"]);
    }

    [Fact]
    public void Mock_answers_200_by_default()
    {
        var json = SynthIntegration(new MockIntegration(), twoWay: true);
        Assert.Equal("MOCK", (string?)json["integration_type"]);
        Assert.Equal("{\"statusCode\": 200}", (string?)json["request_templates"]!["$default"]);
        Assert.Equal("\\$default", (string?)json["template_selection_expression"]);
        Assert.Null(json["integration_method"]);
    }

    [Theory]
    [InlineData(49)]
    [InlineData(29_001)]
    public void A_timeout_outside_50_to_29000_ms_is_an_error(int milliseconds)
    {
        var error = Assert.Throws<WebSocketRuleException>(() => SynthIntegration(new LambdaProxyIntegration(Fixture.Handler, new LambdaProxyIntegrationProps { Timeout = TimeSpan.FromMilliseconds(milliseconds) })));
        Assert.Equal(
            $"[test/Api/Send] WSR201: Timeout is {milliseconds} ms; WebSocket integrations accept whole milliseconds from 50 to 29,000. " +
            "Fix: set Timeout to whole milliseconds between 50 ms and 29 s (29,000 ms), or leave it unset for the 29 s default.",
            error.Message);
    }

    [Fact]
    public void A_timeout_with_a_fraction_of_a_millisecond_is_an_error()
    {
        var error = Assert.Throws<WebSocketRuleException>(() => SynthIntegration(new LambdaProxyIntegration(Fixture.Handler, new LambdaProxyIntegrationProps { Timeout = TimeSpan.FromMilliseconds(100.5) })));
        Assert.StartsWith("[test/Api/Send] WSR201: Timeout is 100.5 ms; ", error.Message);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(29_000)]
    public void Timeouts_at_the_bounds_are_accepted(int milliseconds) =>
        Assert.Equal(milliseconds, (double?)SynthIntegration(new LambdaProxyIntegration(Fixture.Handler, new LambdaProxyIntegrationProps { Timeout = TimeSpan.FromMilliseconds(milliseconds) }))["timeout_milliseconds"]);

    [Fact]
    public void A_request_template_over_300_KB_is_an_error()
    {
        var error = Assert.Throws<WebSocketRuleException>(() => SynthIntegration(new MockIntegration(new MockIntegrationProps
        {
            RequestTemplates = new Dictionary<string, string> { ["big"] = new string('x', 400 * 1024) },
        }), twoWay: true));
        Assert.StartsWith("[test/Api/Send] WSR203: The mapping template \"big\" of the integration request is 409,600 bytes; API Gateway accepts at most 307,200. Fix: ", error.Message);
    }

    [Fact]
    public void A_request_template_over_32K_characters_is_a_warning()
    {
        var f = new Fixture();
        var route = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "send",
            Integration = new MockIntegration(new MockIntegrationProps { RequestTemplates = new Dictionary<string, string> { ["big"] = new string('x', 32_769) } }),
            IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.Default }],
        });
        Assert.Equal(
            ["WSR206: The mapping template \"big\" of the integration request is 32,769 characters long. " +
            "Fix: keep each mapping template under 32,768 characters: the quotas page allows 300 KB, but the API model (StringWithLengthBetween0And32K) types templates as at most 32K characters, so a longer one may be refused."],
            Stacks.Warnings(route));
    }

    [Fact]
    public void A_bare_default_request_template_selection_expression_is_an_error()
    {
        var error = Assert.Throws<WebSocketRuleException>(() => SynthIntegration(new HttpIntegration(new HttpIntegrationProps
        {
            Uri = "https://example.com", TemplateSelectionExpression = "$default",
        }), twoWay: true));
        Assert.Equal(
            "[test/Api/Send] WSR205: The template selection expression of the integration request is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\"). " +
            "Fix: write the static value \\$default (in C#: \"\\\\$default\" or @\"\\$default\"); a '$' is escaped with '\\' in selection expressions, and only the route response selection expression takes a bare $default.",
            error.Message);
    }

    [Fact]
    public void Integrations_are_replaced_by_creating_the_new_one_first()
    {
        var integration = SynthIntegration(Fixture.Http(), twoWay: true);
        Assert.True((bool?)integration["lifecycle"]!["create_before_destroy"]);
    }

    [Fact]
    public void Routes_sharing_an_integration_share_one_resource_and_each_get_a_scoped_permission()
    {
        var f = new Fixture();
        var lambda = new LambdaProxyIntegration(Fixture.Handler);
        _ = new OneWayRoute(f.Api, "Connect", new OneWayRouteProps { Api = f.Api, RouteKey = "$connect", Integration = lambda });
        _ = new TwoWayRoute(f.Api, "Default", new TwoWayRouteProps { Api = f.Api, RouteKey = "$default", Integration = lambda });

        var json = f.Synth();
        var (apiAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_api");
        Assert.Single(Stacks.Resources(json, "aws_apigatewayv2_integration"));
        var permissions = Stacks.Resources(json, "aws_lambda_permission").Select(p => p.Value!).ToList();
        Assert.Equal([$"${{{apiAddress}.execution_arn}}/*/$connect", $"${{{apiAddress}.execution_arn}}/*/$default"], permissions.Select(p => (string?)p["source_arn"]));
        Assert.All(permissions, p =>
        {
            Assert.Equal("apigateway.amazonaws.com", (string?)p["principal"]);
            Assert.Equal("lambda:InvokeFunction", (string?)p["action"]);
            Assert.Equal("chat-handler", (string?)p["function_name"]);
        });
    }

    [Fact]
    public void A_named_integration_keeps_its_address_whichever_route_uses_it_first()
    {
        static (string Address, IReadOnlySet<string> All) Build(bool withConnect)
        {
            var f = new Fixture();
            var lambda = new LambdaProxyIntegration(Fixture.Handler, new LambdaProxyIntegrationProps { Id = "Handler" });
            if (withConnect) _ = new OneWayRoute(f.Api, "Connect", new OneWayRouteProps { Api = f.Api, RouteKey = "$connect", Integration = lambda });
            _ = new TwoWayRoute(f.Api, "Default", new TwoWayRouteProps { Api = f.Api, RouteKey = "$default", Integration = lambda });
            var json = f.Synth();
            return (Stacks.SingleWithAddress(json, "aws_apigatewayv2_integration").Address, Stacks.Addresses(json));
        }

        var with = Build(withConnect: true);
        var without = Build(withConnect: false);
        Assert.Equal(with.Address, without.Address);
        Assert.StartsWith("aws_apigatewayv2_integration.Api_Integrations_Handler_", with.Address);
        Assert.DoesNotContain("Resource", with.Address);
    }

    [Fact]
    public void A_named_integration_materializes_at_its_address()
    {
        var f = new Fixture();
        var route = new OneWayRoute(f.Api, "Connect", new OneWayRouteProps
        {
            Api = f.Api, RouteKey = "$connect", Integration = new LambdaProxyIntegration(Fixture.Handler, new LambdaProxyIntegrationProps { Id = "Handler" }),
        });
        var deferred = Stacks.Addresses(f.Synth());
        Assert.Equal("test/Api/Integrations/Handler/Resource", route.Integration.Resource!.Node.Path);
        Assert.Equal(deferred, Stacks.Addresses(f.Synth()));
    }

    [Fact]
    public void Two_integrations_with_one_name_are_an_error()
    {
        var f = new Fixture();
        _ = new OneWayRoute(f.Api, "A", new OneWayRouteProps { Api = f.Api, RouteKey = "a", Integration = new MockIntegration(new MockIntegrationProps { Id = "Same" }) });
        var error = Assert.Throws<ArgumentException>(() => new OneWayRoute(f.Api, "B", new OneWayRouteProps { Api = f.Api, RouteKey = "b", Integration = new MockIntegration(new MockIntegrationProps { Id = "Same" }) }));
        Assert.StartsWith("[test/Api/B] Another integration of the API is named \"Same\"; IntegrationProps.Id must be unique in the API.", error.Message);
    }

    [Fact]
    public void The_permission_can_be_left_out()
    {
        var f = new Fixture();
        var route = new OneWayRoute(f.Api, "Connect", new OneWayRouteProps { Api = f.Api, RouteKey = "$connect", Integration = new LambdaProxyIntegration(Fixture.Handler, new LambdaProxyIntegrationProps { Permission = InvokePermission.None }) });
        Assert.Null(route.Permission);
        Assert.Empty(Stacks.Resources(f.Synth(), "aws_lambda_permission"));
    }

    [Fact]
    public void A_function_of_the_stack_left_without_a_permission_on_purpose_is_not_warned_about()
    {
        // Rule WSR210 reads the same configuration as a missing permission; InvokePermission.None says it is granted elsewhere.
        var f = new Fixture();
        var function = new LambdaFunction(f.Stack, "Handler", new LambdaFunctionConfig
        {
            FunctionName = "chat-handler", Role = "arn:aws:iam::123456789012:role/chat", Runtime = "nodejs20.x", Handler = "index.handler", Filename = "handler.zip",
        });
        _ = new TwoWayRoute(f.Api, "Catchall", new TwoWayRouteProps
        {
            RouteKey = "$default", Integration = new LambdaProxyIntegration(LambdaHandler.FromFunction(function), new LambdaProxyIntegrationProps { Permission = InvokePermission.None }),
        });
        var configuration = f.Api.Configuration;
        Assert.Equal(["aws_apigatewayv2_integration.Api_Catchall_Integration_78D4BC1B"],
            new WsRouteResponses.Model.Checks.LambdaInvokePermissionRule().CheckAll(configuration).Select(finding => finding.Origin.Address));
        Assert.Empty(Stacks.Warnings(f.Stack));
    }

    [Fact]
    public void A_per_api_permission_is_one_for_all_routes_of_the_api()
    {
        var f = new Fixture();
        var lambda = new LambdaProxyIntegration(Fixture.Handler, new LambdaProxyIntegrationProps { Id = "Handler", Permission = InvokePermission.PerApi });
        var connect = new OneWayRoute(f.Api, "Connect", new OneWayRouteProps { Api = f.Api, RouteKey = "$connect", Integration = lambda });
        var send = new OneWayRoute(f.Api, "Send", new OneWayRouteProps { Api = f.Api, RouteKey = "send", Integration = lambda });

        var json = f.Synth();
        var (apiAddress, _) = Stacks.SingleWithAddress(json, "aws_apigatewayv2_api");
        var (address, permission) = Stacks.SingleWithAddress(json, "aws_lambda_permission");
        Assert.Equal($"${{{apiAddress}.execution_arn}}/*/*", (string?)permission["source_arn"]);
        Assert.StartsWith("aws_lambda_permission.Api_Integrations_Handler_InvokePermission_", address);
        Assert.Same(connect.Permission, send.Permission);
        Assert.Equal("test/Api/Integrations/Handler/InvokePermission", connect.Permission!.Node.Path);
        Assert.Equal("test/Api/Integrations/Handler/Resource", connect.Integration.Resource!.Node.Path);
    }

    [Fact]
    public void More_than_50_per_route_permissions_for_one_function_are_a_warning()
    {
        var f = new Fixture();
        var lambda = new LambdaProxyIntegration(Fixture.Handler);
        var routes = Enumerable.Range(0, 51).Select(i => new OneWayRoute(f.Api, $"R{i}", new OneWayRouteProps { Api = f.Api, RouteKey = $"r{i}", Integration = lambda })).ToList();

        Assert.Empty(Stacks.Warnings(routes[49]));
        Assert.Equal(
            ["WSR204: This is invoke permission 51 for function chat-handler; a Lambda resource policy holds 20 KB, about 50 such statements. " +
             "Fix: set Permission = InvokePermission.PerApi on the Lambda integration (one permission for all routes of the API), or spread the routes over several functions."],
            Stacks.Warnings(routes[50]));
    }

    [Fact]
    public void An_existing_provider_integration_is_targeted_with_its_type()
    {
        var f = new Fixture();
        var resource = new Apigatewayv2Integration(f.Stack, "Handwritten", new Apigatewayv2IntegrationConfig { ApiId = f.Api.ApiId, IntegrationType = "HTTP_PROXY", IntegrationUri = "https://example.com", IntegrationMethod = "POST" });
        var existing = ExistingIntegration.FromResource(resource);

        Assert.Equal(IntegrationType.HttpProxy, existing.Type);
        var error = Assert.Throws<WebSocketRuleException>(() => new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "send", Integration = existing,
            IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.Default }],
        }));
        Assert.Equal("WSR301", error.Rule.Id);
    }
}
