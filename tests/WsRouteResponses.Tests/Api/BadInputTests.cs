using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Api;

/// <summary>What a new user gets for bad input: a clear error naming where and what, never a NullReferenceException.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_response_without_a_key_names_the_response()
    {
        var f = new Fixture();
        var error = Assert.Throws<ArgumentException>(() => new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps
        {
            RouteKey = "send", Integration = Fixture.Http(), IntegrationResponses = [new IntegrationResponse { Key = null! }],
        }));
        Assert.StartsWith("[test/Api/Send/IntegrationResponses] Integration response 0 has no Key; give one, e.g. IntegrationResponseKey.Default or IntegrationResponseKey.StatusClass(2).", error.Message);
    }

    [Fact]
    public void A_route_without_an_integration_names_the_property()
    {
        var f = new Fixture();
        var error = Assert.Throws<ArgumentNullException>(() => new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps { RouteKey = "send", Integration = null! }));
        Assert.StartsWith("[test/Api/Send] TwoWayRouteProps.Integration is null; give what the route calls, e.g. new MockIntegration().", error.Message);
    }

    [Fact]
    public void A_null_template_names_its_key()
    {
        var f = new Fixture();
        var request = Assert.Throws<ArgumentException>(() => new OneWayRoute(f.Api, "Send", new OneWayRouteProps
        {
            RouteKey = "send", Integration = new HttpIntegration(new HttpIntegrationProps { Uri = "https://example.com", RequestTemplates = new Dictionary<string, string> { ["$default"] = null! } }),
        }));
        Assert.StartsWith("[test/Api/Send] RequestTemplates[\"$default\"] is null; give the mapping template text, or leave the key out.", request.Message);

        var response = Assert.Throws<ArgumentException>(() => new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            RouteKey = "ping", Integration = new MockIntegration(),
            IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.Default, Templates = new Dictionary<string, string> { ["$default"] = null! } }],
        }));
        Assert.StartsWith("[test/Api/Ping/IntegrationResponses] The template \"$default\" of integration response $default is null; give the mapping template text, or leave the key out.", response.Message);
    }

    [Theory]
    [InlineData("backend.example.com/messages")]
    [InlineData("ftp://backend.example.com/messages")]
    public void An_http_uri_that_is_not_an_absolute_http_url_is_an_error(string uri)
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new OneWayRoute(f.Api, "Send", new OneWayRouteProps
        {
            RouteKey = "send", Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = uri }),
        }));
        Assert.Equal($"[test/Api/Send] WSR207: The HTTP_PROXY integration's URI \"{uri}\" is not an absolute http:// or https:// URL. Fix: {Rules.HttpUri.Fix}", error.Message);
    }

    [Fact]
    public void An_integration_method_that_is_not_an_http_method_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => new OneWayRoute(f.Api, "Send", new OneWayRouteProps
        {
            RouteKey = "send", Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://example.com", Method = "SEND" }),
        }));
        Assert.Equal($"[test/Api/Send] WSR208: The integration method \"SEND\" is not one API Gateway integrations accept. Fix: {Rules.IntegrationMethod.Fix}", error.Message);
    }

    [Fact]
    public void One_integration_object_used_in_two_apis_gets_an_integration_in_each()
    {
        var stack = Stacks.New();
        var chat = new WebSocketApi(stack, "Chat", new WebSocketApiProps { Name = "chat" });
        var admin = new WebSocketApi(stack, "Admin", new WebSocketApiProps { Name = "admin" });
        var shared = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = "https://example.com" });
        _ = new OneWayRoute(chat, "Send", new OneWayRouteProps { RouteKey = "send", Integration = shared });
        _ = new OneWayRoute(admin, "Send", new OneWayRouteProps { RouteKey = "send", Integration = shared });

        var json = Stacks.Synth(stack);
        var integrations = Stacks.Resources(json, "aws_apigatewayv2_integration");
        Assert.Equal(2, integrations.Count);
        foreach (var (_, route) in Stacks.Resources(json, "aws_apigatewayv2_route"))
        {
            var target = ((string)route!["target"]!)["integrations/${aws_apigatewayv2_integration.".Length..^".id}".Length];
            Assert.Equal((string?)route["api_id"], (string?)integrations[target]!["api_id"]);
        }
    }

    [Fact]
    public void A_route_on_an_integration_resource_of_another_api_is_an_error()
    {
        var stack = Stacks.New();
        var legacy = new Apigatewayv2Integration(stack, "Legacy", new Apigatewayv2IntegrationConfig { ApiId = "aaaaaaaaaa", IntegrationType = "HTTP_PROXY", IntegrationUri = "https://example.com", IntegrationMethod = "POST" });
        var api = WebSocketApi.FromApiId(stack, "Existing", "bbbbbbbbbb");
        var error = Assert.Throws<WebSocketRuleException>(() => new OneWayRoute(api, "Send", new OneWayRouteProps { RouteKey = "send", Integration = ExistingIntegration.FromResource(legacy) }));
        Assert.Equal($"[test/Existing/Send] WSR111: The route targets aws_apigatewayv2_integration.Legacy, an integration of another API (id:aaaaaaaaaa). Fix: {Rules.RouteTarget.Fix}", error.Message);
    }

    [Fact]
    public void A_route_outside_its_api_without_the_api_prop_names_the_fix()
    {
        var f = new Fixture();
        var error = Assert.Throws<ArgumentException>(() => new OneWayRoute(f.Stack, "Send", new OneWayRouteProps { RouteKey = "send", Integration = new MockIntegration() }));
        Assert.StartsWith("[test/Send] OneWayRouteProps.Api is not set and the route's scope is not a WebSocketApi; create the route in its API (new OneWayRoute(api, ...)) or set Api.", error.Message);
    }
}
