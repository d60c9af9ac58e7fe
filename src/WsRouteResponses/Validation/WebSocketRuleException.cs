namespace WsRouteResponses;

/// <summary>
/// Thrown at synth time (while the cdktf program builds its constructs) when input breaks an
/// API Gateway WebSocket rule that would otherwise fail the deploy, or deploy a route that
/// silently sends nothing back.
/// </summary>
public sealed class WebSocketRuleException : Exception
{
    internal WebSocketRuleException(Rule rule, string constructPath, string problem)
        : base($"[{constructPath}] {rule.Message(problem)}")
    {
        Rule = rule;
        ConstructPath = constructPath;
    }

    /// <summary>The rule that was broken.</summary>
    public Rule Rule { get; }

    /// <summary>The construct path of the construct that was given the bad input.</summary>
    public string ConstructPath { get; }
}
