using System.Runtime.CompilerServices;
using WsRouteResponses.Tests.Support;
using WsRouteResponses.Validation;

namespace WsRouteResponses.Tests.Validation;

/// <summary>
/// What an app prints when synthesis stops (<see cref="SynthErrorReport"/>): one line an error, where the user's
/// code made the construct, the construct path, the rule and the fix; no stack frames. (That the app prints it and
/// exits with 1 through the real cdktf CLI is proven by the new-app test, which runs a real app.)
/// </summary>
public sealed class SynthErrorReportTests
{
    private const string Wsr302Fix = "Fix: add IntegrationResponses with at least the catch-all IntegrationResponseKey.Default; without one, API Gateway sends nothing back on this two-way route.";

    [Fact]
    public void A_rule_error_found_at_synth_names_the_line_that_made_each_route()
    {
        var f = new Fixture();
        var first = Line(); _ = new TwoWayRoute(f.Api, "Send", new TwoWayRouteProps { RouteKey = "send", Integration = Fixture.Http() });
        var second = Line(); _ = new TwoWayRoute(f.Api, "Post", new TwoWayRouteProps { RouteKey = "post", Integration = Fixture.Http() });

        var error = Assert.ThrowsAny<Exception>(() => f.Synth());

        Assert.Equal(
            $"{ThisFile()}:{first}: error: [test/Api/Send] WSR302: The route's integration is HTTP (non-proxy) and has no integration responses. {Wsr302Fix}\n" +
            $"{ThisFile()}:{second}: error: [test/Api/Post] WSR302: The route's integration is HTTP (non-proxy) and has no integration responses. {Wsr302Fix}\n",
            SynthErrorReport.Report(error));
    }

    [Fact]
    public void A_rule_error_thrown_by_a_constructor_names_the_line_that_called_it()
    {
        var f = new Fixture();
        var line = 0;
        var error = Assert.Throws<WebSocketRuleException>(() =>
        {
            line = Line(); _ = new OneWayRoute(f.Api, "Send", new OneWayRouteProps { RouteKey = "$send", Integration = new MockIntegration() });
        });
        Assert.Equal(
            $"{ThisFile()}:{line}: error: [test/Api/Send] WSR101: \"$send\" starts with '$' but is not one of the reserved keys $connect, $disconnect, $default. " +
            "Fix: use $connect, $disconnect or $default, or a custom key without a leading '$' (it is matched against the value the route selection expression picks, e.g. \"sendmessage\").\n",
            SynthErrorReport.Report(error));
    }

    [Theory]
    [InlineData("http", "[test/Api/Send] HttpIntegrationProps.Uri is null; give the endpoint's full URL, e.g. https://backend.example.com/messages.")]
    [InlineData("http-proxy", "[test/Api/Send] HttpProxyIntegrationProps.Uri is null; give the endpoint's full URL, e.g. https://backend.example.com/messages.")]
    [InlineData("aws", "[test/Api/Send] AwsServiceIntegrationProps.Uri is null; give the service action URI.")]
    [InlineData("props", "[test/Api/Send] TwoWayRouteProps is null; give the construct its props: new TwoWayRouteProps { ... }.")]
    public void A_null_prop_names_the_construct_and_the_line(string what, string message)
    {
        var f = new Fixture();
        var props = what switch
        {
            "http" => new TwoWayRouteProps { RouteKey = "send", Integration = new HttpIntegration(new HttpIntegrationProps { Uri = null! }) },
            "http-proxy" => new TwoWayRouteProps { RouteKey = "send", Integration = new HttpProxyIntegration(new HttpProxyIntegrationProps { Uri = null! }) },
            "aws" => new TwoWayRouteProps { RouteKey = "send", Integration = new AwsServiceIntegration(new AwsServiceIntegrationProps { Uri = null!, CredentialsRoleArn = "arn:aws:iam::1:role/r" }) },
            _ => null!,
        };
        var line = 0;
        var error = Assert.ThrowsAny<ArgumentException>(() =>
        {
            line = Line(); _ = new TwoWayRoute(f.Api, "Send", props);
        });
        Assert.Equal($"{ThisFile()}:{line}: error: {message}\n", SynthErrorReport.Report(error));
    }

    [Theory]
    [InlineData("WebSocketApiProps")]
    [InlineData("WebSocketStageProps")]
    [InlineData("WebSocketModelProps")]
    [InlineData("IntegrationResponseSetProps")]
    public void Null_props_name_the_construct(string type)
    {
        var f = new Fixture();
        var error = Assert.Throws<ArgumentNullException>(() => _ = type switch
        {
            "WebSocketApiProps" => new WebSocketApi(f.Stack, "Other", null!),
            "WebSocketStageProps" => new WebSocketStage(f.Api, "Other", null!),
            "WebSocketModelProps" => new WebSocketModel(f.Api, "Other", null!),
            _ => (Constructs.Construct)new IntegrationResponseSet(f.Api, "Other", (IntegrationResponseSetProps)null!),
        });
        Assert.Equal($"[test/{(type == "WebSocketApiProps" ? "" : "Api/")}Other] {type} is null; give the construct its props: new {type} {{ ... }}. (Parameter 'props')", error.Message);
    }

    [Fact]
    public void An_error_of_the_apis_whole_configuration_names_the_construct_it_is_on()
    {
        var error = new Exception(
            "Error: Validation failed with the following errors:\n" +
            "  [chat/Api] (on chat/Api/Send) WSR302: The route's integration is MOCK (non-proxy) and has no integration responses. Fix: add them. (created at ChatStack.cs:42)\n" +
            "  [chat] Found resources without a matching provider construct.\n" +
            "  [chat/Other] An error of another construct\non two lines.\n\n" +
            "If you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n    at validate (/x/cdktf/lib/app.js:1:1)");
        Assert.Equal(
            "ChatStack.cs:42: error: [chat/Api/Send] WSR302: The route's integration is MOCK (non-proxy) and has no integration responses. Fix: add them.\n" +
            "error: [chat] Found resources without a matching provider construct.\n" +
            "error: [chat/Other] An error of another construct on two lines.\n",
            SynthErrorReport.Report(error));
    }

    [Fact]
    public void Other_exceptions_are_left_to_dotnet()
    {
        Assert.Null(SynthErrorReport.Report(new InvalidOperationException("[x] not ours")));
        Assert.Null(SynthErrorReport.Report(Assert.Throws<ArgumentException>(() => ThrowArgument())));
        // Thrown by the library, but naming no construct: .NET's report keeps the parameter and the stack.
        Assert.Null(SynthErrorReport.Report(Assert.Throws<ArgumentNullException>(() => new HttpIntegration(null!))));
    }

    private static void ThrowArgument() => throw new ArgumentException("[x] thrown by the app itself");

    private static int Line([CallerLineNumber] int line = 0) => line;

    private static string ThisFile([CallerFilePath] string file = "") => file;
}
