namespace WsRouteResponses.Model;

/// <summary>An <c>aws_apigatewayv2_api</c>, or an existing API the configuration attaches to by id.</summary>
public sealed record ApiDefinition : Definition
{
    /// <summary>The prefix of <see cref="Key"/> for an API known only by its id.</summary>
    public const string IdKeyPrefix = "id:";

    /// <summary>Identifies the API among the elements: its address, or <c>id:&lt;api id&gt;</c> for an attached API.</summary>
    public string Key => Origin.Address;

    /// <summary>Whether the API is not defined here, only referred to by id (its routes may exist only in AWS).</summary>
    public bool IsAttached { get; init; }

    /// <summary><c>name</c>.</summary>
    public ModelText? Name { get; init; }

    /// <summary><c>protocol_type</c>: WEBSOCKET or HTTP.</summary>
    public ModelText? ProtocolType { get; init; }

    /// <summary><c>route_selection_expression</c>.</summary>
    public ModelText? RouteSelectionExpression { get; init; }

    /// <summary><c>api_key_selection_expression</c>.</summary>
    public ModelText? ApiKeySelectionExpression { get; init; }

    /// <summary>The account's quotas for this API that the constructs were told of; AWS's defaults otherwise (and in Terraform JSON).</summary>
    public WebSocketQuotas Quotas { get; init; } = new();

    /// <summary>The key of an API attached by its literal id.</summary>
    public static string KeyOfId(string apiId) => IdKeyPrefix + apiId;
}
