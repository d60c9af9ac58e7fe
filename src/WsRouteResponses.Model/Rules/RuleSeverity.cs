namespace WsRouteResponses;

/// <summary>How a broken rule is reported.</summary>
public enum RuleSeverity
{
    /// <summary>The program stops (a construct throws; <c>check</c> exits 1).</summary>
    Error,

    /// <summary>A cdktf warning annotation on the construct (a line of <c>check</c>); synthesis goes on.</summary>
    Warning,
}
