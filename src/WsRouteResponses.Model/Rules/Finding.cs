namespace WsRouteResponses.Model;

/// <summary>A broken rule on one element.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Origin">The element: its address and construct path.</param>
/// <param name="Problem">What is wrong, with the offending value.</param>
public sealed record Finding(Rule Rule, Origin Origin, string Problem)
{
    /// <summary><c>ID: problem Fix: fix</c>.</summary>
    public string Message => Rule.Message(Problem);
}
