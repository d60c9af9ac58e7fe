namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteKey"/>.</summary>
public sealed class RouteKeyRule : ElementRule<RouteDefinition>
{
    /// <summary>Custom route keys must not start with <c>$</c>; only <c>$connect</c>, <c>$disconnect</c> and <c>$default</c> are reserved keys.</summary>
    internal static readonly Rule Definition = new("WSR101", RuleSeverity.Error,
        "use $connect, $disconnect or $default, or a custom key without a leading '$' (it is matched against the value the route selection expression picks, e.g. \"sendmessage\").",
        "API Gateway developer guide: WebSocket routes");

    /// <inheritdoc />
    public override Rule Rule => Definition;

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
