namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_route_response</c>.</summary>
public sealed record RouteResponseDefinition : Definition
{
    /// <summary>The address of the route of <c>route_id</c>, or null (a literal or unknown id).</summary>
    public string? Route { get; init; }

    /// <summary><c>route_response_key</c>: WebSocket APIs accept only <c>$default</c>.</summary>
    public required ModelText RouteResponseKey { get; init; }

    /// <summary><c>model_selection_expression</c>.</summary>
    public ModelText? ModelSelectionExpression { get; init; }

    /// <summary><c>response_models</c>: model key to model name.</summary>
    public IReadOnlyDictionary<string, ModelText>? ResponseModels { get; init; }
}
