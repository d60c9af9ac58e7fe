using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Routes;

public sealed class OneWayRouteTests
{
    [Fact]
    public void Integration_responses_on_an_integration_only_one_way_routes_use_are_a_warning()
    {
        var f = new Fixture();
        var http = Fixture.Http();
        var route = new OneWayRoute(f.Api, "Typing", new OneWayRouteProps { Api = f.Api, RouteKey = "typing", Integration = http });
        var set = new IntegrationResponseSet(f.Api, "TypingResponses", new IntegrationResponseSetProps
        {
            Api = f.Api,
            Integration = route.Integration,
            Responses = [new IntegrationResponse { Key = IntegrationResponseKey.Default }],
        });

        f.Synth();

        Assert.Equal(
            ["WSR304: The integration's responses have no effect, as only one-way routes use it: typing. Fix: make the route a TwoWayRoute if the caller should get an answer, or remove the integration responses."],
            Stacks.Warnings(set));
    }

    [Fact]
    public void No_warning_when_a_two_way_route_shares_the_integration()
    {
        var f = new Fixture();
        var mock = new MockIntegration();
        _ = new OneWayRoute(f.Api, "Typing", new OneWayRouteProps { Api = f.Api, RouteKey = "typing", Integration = mock });
        var twoWay = new TwoWayRoute(f.Api, "Ping", new TwoWayRouteProps
        {
            Api = f.Api, RouteKey = "ping", Integration = mock,
            IntegrationResponses = [IntegrationResponse.WithTemplate(IntegrationResponseKey.Default, "pong")],
        });

        f.Synth();

        Assert.Empty(Stacks.Warnings(f.Api));
        Assert.Same(twoWay.Integration, f.Api.Routes[0].Integration);
    }
}
