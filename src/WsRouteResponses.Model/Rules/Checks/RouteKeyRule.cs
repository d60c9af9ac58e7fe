namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteKey"/>.</summary>
public sealed class RouteKeyRule : ElementRule<RouteDefinition>
{
    /// <inheritdoc />
    public override Rule Rule => Rules.RouteKey;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteDefinition route, IConfigurationView view)
    {
        if (route.RouteKey.Value is not { } key) yield break;
        if (string.IsNullOrWhiteSpace(key))
            yield return "The route key is empty.";
        else if (key.StartsWith('$') && key is not ("$connect" or "$disconnect" or "$default"))
            yield return $"\"{key}\" starts with '$' but is not one of the reserved keys $connect, $disconnect, $default.";
    }
}
