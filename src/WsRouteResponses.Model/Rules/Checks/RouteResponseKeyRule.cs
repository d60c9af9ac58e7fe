namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteResponseKey"/>.</summary>
public sealed class RouteResponseKeyRule : ElementRule<RouteResponseDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteResponseKey;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteResponseDefinition response, IConfigurationView view)
    {
        if (response.RouteResponseKey.Value is { } key && key != "$default")
            yield return $"The route response key is \"{key}\"; WebSocket APIs accept only $default.";
    }
}
