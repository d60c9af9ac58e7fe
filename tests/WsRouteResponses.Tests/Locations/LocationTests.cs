using Constructs;
using WsRouteResponses.Locations;
using WsRouteResponses.Tests.Support;

namespace WsRouteResponses.Tests.Locations;

/// <summary>The C# port of cdktf's logical id allocation must agree with cdktf itself.</summary>
public sealed class LocationTests
{
    [Theory]
    [InlineData("Route")]
    [InlineData("Api", "Route")]
    [InlineData("Api", "Default", "Route")]
    [InlineData("Api", "Resource")]
    [InlineData("Api", "DefaultRoute", "Route")]
    [InlineData("Chat", "Send Message!", "Match 2\\d\\d")]
    [InlineData("Api", "a/b", "x")]
    [InlineData("Api", "Default")]
    [InlineData("A", "B", "C", "D", "E", "F")]
    public void Logical_ids_match_cdktf(params string[] ids)
    {
        var stack = Stacks.New();
        Construct scope = stack;
        for (var i = 0; i < ids.Length - 1; i++) scope = new Construct(scope, ids[i]);
        var resource = new Apigatewayv2Route(scope, ids[^1], new Apigatewayv2RouteConfig { ApiId = "a", RouteKey = "k" });

        var location = ids.Aggregate(new Location("test", "test"), (l, id) => l.Child(id));

        Assert.Equal(resource.Node.Path, location.Path);
        Assert.Equal(resource.FriendlyUniqueId, location.LogicalId);
    }

    [Fact]
    public void Long_paths_are_cut_like_cdktf()
    {
        var stack = Stacks.New();
        var id = new string('x', 200);
        var scope = new Construct(new Construct(stack, id), id + "y");
        var resource = new Apigatewayv2Route(scope, "Route", new Apigatewayv2RouteConfig { ApiId = "a", RouteKey = "k" });

        var location = new Location("test", "test").Child(id).Child(id + "y").Child("Route");

        Assert.Equal(resource.FriendlyUniqueId, location.LogicalId);
    }
}
