namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.ThrottledToZero"/>.</summary>
public sealed class ThrottledToZeroRule : ElementRule<StageDefinition>
{
    /// <summary>Route settings carry both throttling limits: the provider sends 0 for an unset one.</summary>
    internal static readonly Rule Definition = new("WSR506", RuleSeverity.Error,
        "set both throttling_rate_limit and throttling_burst_limit whenever default_route_settings is written (WebSocketStage writes AWS's account defaults, 10,000 and 5,000, for an unset one).",
        "provider aws_apigatewayv2_stage expandDefaultRouteSettings; provider PR 43307",
        TerraformFix: "set both throttling_rate_limit and throttling_burst_limit whenever default_route_settings is written (AWS's account defaults are 10,000 and 5,000).");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(StageDefinition stage, IConfigurationView view)
    {
        if (stage.DefaultRouteSettings is not { } settings) yield break;
        // Absent or a literal 0; a value known only at apply (a variable) is not judged.
        var unset = new[] { ("throttling_rate_limit", settings.ThrottlingRateLimit), ("throttling_burst_limit", settings.ThrottlingBurstLimit) }
            .Where(l => l.Item2 is null || (l.Item2.Value.Value is { } v && double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) && n == 0))
            .Select(l => l.Item1).ToList();
        if (unset.Count > 0)
            yield return $"Stage {stage.Name.Quoted()} has default_route_settings with {string.Join(" and ", unset)} unset or 0; the provider sends 0 for an unset limit, and a stage throttled to 0 answers every message 429.";
    }
}
