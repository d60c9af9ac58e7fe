using System.Globalization;

namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.IntegrationTimeout"/>.</summary>
public sealed class IntegrationTimeoutRule : ElementRule<IntegrationDefinition>
{
    /// <summary>Integration timeout is 50 to 29,000 milliseconds.</summary>
    internal static readonly Rule Definition = new("WSR201", RuleSeverity.Error,
        "set Timeout to whole milliseconds between 50 ms and 29 s (29,000 ms), or leave it unset for the 29 s default.",
        "API Gateway CreateIntegration: TimeoutInMillis; quotas page",
        TerraformFix: "set timeout_milliseconds to a whole number between 50 and 29000, or leave it unset for the 29 s default.");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view)
    {
        if (integration.TimeoutMilliseconds is { } ms && (ms is < 50 or > 29_000 || ms != Math.Floor(ms)))
            yield return string.Create(CultureInfo.InvariantCulture, $"Timeout is {ms} ms; WebSocket integrations accept whole milliseconds from 50 to 29,000.");
    }
}
