namespace WsRouteResponses.Model.Checks;

/// <summary>Checks <see cref="Rules.RouteResponseKey"/>.</summary>
public sealed class RouteResponseKeyRule : ElementRule<RouteResponseDefinition>
{
    /// <summary>WebSocket route responses have the key <c>$default</c>.</summary>
    internal static readonly Rule Definition = new("WSR109", RuleSeverity.Error,
        "use the route response key $default, the only one WebSocket APIs accept.",
        "API Gateway developer guide: WebSocket route responses; Terraform AWS provider: aws_apigatewayv2_route_response");

    /// <inheritdoc />
    public override Rule Rule => Definition;

    /// <inheritdoc />
    public override IEnumerable<string> Check(RouteResponseDefinition response, IConfigurationView view)
    {
        if (response.RouteResponseKey.Value is { } key && key != "$default")
            yield return $"The route response key is \"{key}\"; WebSocket APIs accept only $default.";
    }
}
