using Constructs;

namespace WsRouteResponses;

/// <summary>
/// Reports the rules the constructs check themselves, about how they are used (<c>WSR302</c>'s empty
/// set, <c>WSR308</c>, <c>WSR601</c>); every other rule runs over the model (<see cref="Modeling.ApiModel"/>).
/// </summary>
internal static class RuleViolation
{
    /// <summary>The exception to throw for <paramref name="rule"/> on <paramref name="construct"/>.</summary>
    public static WebSocketRuleException Error(IConstruct construct, Rule rule, string problem) =>
        new(rule, construct is Locations.ILocated located ? located.Location.Path : construct.Node.Path, problem);

    /// <summary>The exception to throw for <paramref name="rule"/> at <paramref name="location"/>.</summary>
    public static WebSocketRuleException Error(Locations.Location location, Rule rule, string problem) => new(rule, location.Path, problem);
}
