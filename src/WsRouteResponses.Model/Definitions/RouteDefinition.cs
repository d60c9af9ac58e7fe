namespace WsRouteResponses.Model;

/// <summary>What a route or integration response points at: an integration of the configuration, one that exists only in AWS, or unknown.</summary>
/// <param name="Address">The address of an integration of the configuration, or null.</param>
/// <param name="Id">The literal id of an integration that exists in AWS, or null.</param>
public sealed record IntegrationTarget(string? Address, string? Id)
{
    /// <summary>Whether neither is known before apply.</summary>
    public bool IsUnknown => Address is null && Id is null;
}

/// <summary>An <c>aws_apigatewayv2_route</c>.</summary>
public sealed record RouteDefinition : Definition
{
    /// <summary><c>route_key</c>.</summary>
    public required ModelText RouteKey { get; init; }

    /// <summary>The integration of <c>target</c> (<c>integrations/&lt;id&gt;</c>), or null when the route has no target.</summary>
    public IntegrationTarget? Integration { get; init; }

    /// <summary><c>route_response_selection_expression</c>: <c>$default</c> is half of what makes a route two-way.</summary>
    public ModelText? RouteResponseSelectionExpression { get; init; }

    /// <summary><c>authorization_type</c>.</summary>
    public ModelText? AuthorizationType { get; init; }

    /// <summary><c>authorizer_id</c>.</summary>
    public ModelText? AuthorizerId { get; init; }

    /// <summary><c>api_key_required</c>.</summary>
    public bool? ApiKeyRequired { get; init; }

    /// <summary><c>operation_name</c>.</summary>
    public ModelText? OperationName { get; init; }

    /// <summary><c>request_models</c>: model key to model name.</summary>
    public IReadOnlyDictionary<string, ModelText>? RequestModels { get; init; }

    /// <summary><c>model_selection_expression</c>.</summary>
    public ModelText? ModelSelectionExpression { get; init; }
}

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
