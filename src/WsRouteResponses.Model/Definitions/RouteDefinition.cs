namespace WsRouteResponses.Model;

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
