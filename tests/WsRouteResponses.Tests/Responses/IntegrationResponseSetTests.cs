using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Responses;

public sealed class IntegrationResponseSetTests
{
    private static IntegrationResponseSet Set(Fixture f, IntegrationReference integration, params IntegrationResponse[] responses) =>
        new(f.Api, "Responses", new IntegrationResponseSetProps { Api = f.Api, Integration = integration, Responses = responses });

    private static readonly IntegrationReference s_http = new("abc123", IntegrationType.Http);

    [Fact]
    public void Writes_one_integration_response_per_key_over_an_existing_integration()
    {
        var f = new Fixture();
        _ = Set(f, s_http,
            new IntegrationResponse
            {
                Key = IntegrationResponseKey.StatusClass(2),
                Templates = new Dictionary<string, string> { ["200"] = "{\"ok\": ${x}}" },
                TemplateSelectionExpression = "${integration.response.statuscode}",
                ContentHandling = ContentHandling.ConvertToText,
            },
            new IntegrationResponse { Key = IntegrationResponseKey.Default });

        var responses = Stacks.Resources(f.Synth(), "aws_apigatewayv2_integration_response")
            .ToDictionary(r => (string)r.Value!["integration_response_key"]!, r => r.Value!);
        Assert.Equal(["$default", "/2\\d\\d/"], responses.Keys.Order(StringComparer.Ordinal));
        Assert.All(responses.Values, r => Assert.Equal("abc123", (string?)r["integration_id"]));
        var ok = responses["/2\\d\\d/"];
        Assert.Equal("{\"ok\": $${x}}", (string?)ok["response_templates"]!["200"]);
        Assert.Equal("$${integration.response.statuscode}", (string?)ok["template_selection_expression"]);
        Assert.Equal("CONVERT_TO_TEXT", (string?)ok["content_handling_strategy"]);
        Assert.Null(responses["$default"]["response_templates"]);
    }

    [Theory]
    [InlineData(IntegrationType.AwsProxy, "AWS_PROXY")]
    [InlineData(IntegrationType.HttpProxy, "HTTP_PROXY")]
    public void Responses_on_a_proxy_integration_are_an_error(IntegrationType type, string written)
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => Set(f, new IntegrationReference("abc123", type), new IntegrationResponse { Key = IntegrationResponseKey.Default }));
        Assert.Equal(
            $"[test/Api/Responses] WSR301: The integration is {written}, which has no integration responses. " +
            "Fix: remove the integration responses (a proxy integration returns the backend's response as is), or use a non-proxy integration (LambdaIntegration, HttpIntegration) to transform the response.",
            error.Message);
    }

    [Fact]
    public void An_empty_set_is_an_error()
    {
        var error = Assert.Throws<WebSocketRuleException>(() => Set(new Fixture(), s_http));
        Assert.Equal(
            "[test/Api/Responses] WSR302: The set has no responses for the HTTP integration. " +
            "Fix: add IntegrationResponses with at least the catch-all IntegrationResponseKey.Default; without one, API Gateway sends nothing back on this two-way route.",
            error.Message);
    }

    [Fact]
    public void Keys_that_differ_only_in_slashes_and_bars_get_their_own_addresses()
    {
        var f = new Fixture();
        _ = Set(f, s_http,
            new IntegrationResponse { Key = IntegrationResponseKey.Regex("a|b") },
            new IntegrationResponse { Key = IntegrationResponseKey.Regex("a/b") },
            new IntegrationResponse { Key = IntegrationResponseKey.Regex("a%2Fb") },
            new IntegrationResponse { Key = IntegrationResponseKey.Default });
        Assert.Equal(4, Stacks.Resources(f.Synth(), "aws_apigatewayv2_integration_response").Count);
    }

    [Fact]
    public void Duplicate_keys_are_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => Set(f, s_http,
            new IntegrationResponse { Key = IntegrationResponseKey.StatusClass(2) },
            new IntegrationResponse { Key = IntegrationResponseKey.Regex("2\\d\\d") }));
        Assert.Equal(
            "[test/Api/Responses] WSR306: Key /2\\d\\d/ appears more than once. " +
            "Fix: give each integration response of an integration its own key (IntegrationResponseKey.StatusClass(2) and Regex(\"2\\\\d\\\\d\") are the same key).",
            error.Message);
    }

    [Fact]
    public void No_default_key_is_a_warning()
    {
        var f = new Fixture();
        var set = Set(f, s_http, new IntegrationResponse { Key = IntegrationResponseKey.StatusClass(2) });
        Assert.Equal(
            ["WSR303: No response has the $default key; an answer that matches no key gets no response. Fix: add a response with IntegrationResponseKey.Default so that answers matching no other key are still sent back."],
            Stacks.Warnings(set));
    }

    [Fact]
    public void Status_keys_on_a_lambda_integration_are_a_warning()
    {
        var f = new Fixture();
        var route = new WsRouteResponses.TwoWayRoute(f.Api, "Send", new WsRouteResponses.TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "send", Integration = new LambdaIntegration(Fixture.Handler),
            IntegrationResponses = [new IntegrationResponse { Key = IntegrationResponseKey.StatusClass(4) }, new IntegrationResponse { Key = IntegrationResponseKey.Default }],
        });
        Assert.Equal(
            ["WSR307: Key /4\\d\\d/ is a status code, but a Lambda integration's responses are selected by error message. Fix: match Lambda errors by their message (IntegrationResponseKey.Regex(\".*Not found.*\")); a Lambda integration has no status code, API Gateway matches $integration.response.body.errorMessage."],
            Stacks.Warnings(route));
    }

    [Fact]
    public void A_template_over_300_KB_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => Set(f, s_http, new IntegrationResponse
        {
            Key = IntegrationResponseKey.Default,
            Templates = new Dictionary<string, string> { ["$default"] = new string('x', 300 * 1024 + 1) },
        }));
        Assert.Equal(
            "[test/Api/Responses] WSR203: The mapping template \"$default\" of the integration response $default is 307,201 bytes; API Gateway accepts at most 307,200. " +
            "Fix: keep each mapping template under 300 KB; move static data to the backend.",
            error.Message);
    }

    [Fact]
    public void A_template_over_32K_characters_is_a_warning()
    {
        var f = new Fixture();
        var set = Set(f, s_http, new IntegrationResponse
        {
            Key = IntegrationResponseKey.Default,
            Templates = new Dictionary<string, string> { ["$default"] = new string('x', 40_000) },
        });
        Assert.Equal(["WSR206: The mapping template \"$default\" of the integration response $default is 40,000 characters long. Fix: " + Rules.TemplateLength.Fix], Stacks.Warnings(set));
    }

    [Fact]
    public void A_bare_default_response_template_selection_expression_is_an_error()
    {
        var f = new Fixture();
        var error = Assert.Throws<WebSocketRuleException>(() => Set(f, s_http, new IntegrationResponse
        {
            Key = IntegrationResponseKey.Default,
            Templates = new Dictionary<string, string> { ["$default"] = "{}" },
            TemplateSelectionExpression = "$default",
        }));
        Assert.Equal(
            "[test/Api/Responses] WSR205: The template selection expression of the integration response $default is $default, which API Gateway rejects (\"Unexpected variable in selection expression: $default\"). Fix: " + Rules.TemplateSelectionDefault.Fix,
            error.Message);
    }

    [Fact]
    public void Integration_responses_are_replaced_by_creating_the_new_one_first()
    {
        var f = new Fixture();
        _ = Set(f, s_http, new IntegrationResponse { Key = IntegrationResponseKey.Default });
        Assert.True((bool?)Stacks.Single(f.Synth(), "aws_apigatewayv2_integration_response")["lifecycle"]!["create_before_destroy"]);
    }

    [Fact]
    public void Adding_a_response_keeps_the_addresses_of_the_others()
    {
        static IReadOnlySet<string> Build(params IntegrationResponseKey[] keys)
        {
            var f = new Fixture();
            _ = Set(f, s_http, keys.Select(k => new IntegrationResponse { Key = k }).ToArray());
            return Stacks.Addresses(f.Synth());
        }

        var before = Build(IntegrationResponseKey.StatusClass(2), IntegrationResponseKey.Default);
        var after = Build(IntegrationResponseKey.StatusClass(4), IntegrationResponseKey.StatusClass(2), IntegrationResponseKey.Default);
        Assert.Empty(before.Except(after));
    }
}
