using WsRouteResponses.Model.Hcl;

namespace WsRouteResponses.Model;

/// <summary>An expression Terraform would refuse to evaluate: where it is and why, in Terraform's words.</summary>
public sealed class EvaluationException : Exception
{
    /// <summary>An error at <paramref name="range"/>.</summary>
    public EvaluationException(HclRange range, string message)
        : base($"{range.Location}: {message}")
    {
        Location = range.Location;
    }

    /// <summary>Where the expression is written.</summary>
    public SourceLocation Location { get; }
}
