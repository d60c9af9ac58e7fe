using System.Globalization;

namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.IntegrationTimeout"/>.</summary>
public sealed class IntegrationTimeoutRule : ElementRule<IntegrationDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.IntegrationTimeout;

    /// <inheritdoc />
    public override IEnumerable<string> Check(IntegrationDefinition integration, IConfigurationView view)
    {
        if (integration.TimeoutMilliseconds is { } ms && (ms is < 50 or > 29_000 || ms != Math.Floor(ms)))
            yield return string.Create(CultureInfo.InvariantCulture, $"Timeout is {ms} ms; WebSocket integrations accept whole milliseconds from 50 to 29,000.");
    }
}
