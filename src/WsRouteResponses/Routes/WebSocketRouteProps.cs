
namespace WsRouteResponses;

/// <summary>Settings every route has; see <see cref="TwoWayRouteProps"/> and <see cref="OneWayRouteProps"/>.</summary>
public abstract class WebSocketRouteProps
{
    private protected WebSocketRouteProps() { }

    /// <summary>The API the route belongs to. Default: the route's scope, when it is a <see cref="WebSocketApi"/>; required otherwise.</summary>
    public WebSocketApi? Api { get; init; }

    /// <summary>
    /// <c>$connect</c>, <c>$disconnect</c>, <c>$default</c>, or a custom key (without a leading <c>$</c>,
    /// rule <c>WSR101</c>) matched against the value the route selection expression picks. Unique in the API (rule <c>WSR102</c>). Required.
    /// </summary>
    public required string RouteKey { get; init; }

    /// <summary>What the route calls. Required.</summary>
    public required WebSocketIntegration Integration { get; init; }

    /// <summary>The operation name, for documentation and SDK generation. Default: none.</summary>
    public string? OperationName { get; init; }

    /// <summary>Request models by model key (a value of <see cref="RequestModelSelectionExpression"/>). Default: none.</summary>
    public IReadOnlyDictionary<string, IWebSocketModel>? RequestModels { get; init; }

    /// <summary>Picks the request model (the route's <c>model_selection_expression</c>). Default: unset.</summary>
    public string? RequestModelSelectionExpression { get; init; }

    /// <summary>Authorization of new connections; only on <c>$connect</c> (rule <c>WSR103</c>). Default: unset (NONE).</summary>
    public RouteAuthorization? Authorization { get; init; }

    /// <summary>The authorizer id when <see cref="Authorization"/> is <see cref="RouteAuthorization.Custom"/>; only on <c>$connect</c>. Default: none.</summary>
    public string? AuthorizerId { get; init; }

    /// <summary>Whether connections need an API key; only on <c>$connect</c> (rule <c>WSR103</c>). Default: false.</summary>
    public bool ApiKeyRequired { get; init; }

    /// <summary>
    /// The construct id the route had before it was renamed, in the same scope: the library writes Terraform
    /// <c>moved</c> blocks so that the next apply keeps its resources instead of creating them anew, which
    /// AWS refuses while the old ones hold the same route key (ConflictException). Keep it as long as a stack that
    /// has not applied the rename may exist. For other moves see <see cref="WebSocketApi.AddMove"/>. Default: none.
    /// </summary>
    public string? RenamedFrom { get; init; }

    /// <summary>
    /// Adopts resources that exist in AWS (made in the console or CLI) with Terraform import blocks, so
    /// the first apply takes them over instead of creating duplicates. Default: none (create).
    /// </summary>
    public RouteImport? Import { get; init; }
}

/// <summary>Settings of a <see cref="TwoWayRoute"/>.</summary>
public sealed class TwoWayRouteProps : WebSocketRouteProps
{
    /// <summary>
    /// The integration responses, for non-proxy integrations (AWS, HTTP, MOCK), where at least one is
    /// required (rule <c>WSR302</c>) and <see cref="IntegrationResponseKey.Default"/> should be among them
    /// (<c>WSR303</c>). Not allowed on proxy integrations (<c>WSR301</c>). Default: none.
    /// </summary>
    public IReadOnlyList<IntegrationResponse>? IntegrationResponses { get; init; }

    /// <summary>Models of the route response by model key. Default: none.</summary>
    public IReadOnlyDictionary<string, IWebSocketModel>? ResponseModels { get; init; }

    /// <summary>Picks the route response model (<c>model_selection_expression</c> of the route response). Default: unset.</summary>
    public string? ResponseModelSelectionExpression { get; init; }
}

/// <summary>Settings of a <see cref="OneWayRoute"/>.</summary>
public sealed class OneWayRouteProps : WebSocketRouteProps
{
}

/// <summary>Ids of existing resources to adopt with Terraform import blocks (the AWS provider's import id of a route response: <c>api-id/route-id/route-response-id</c>).</summary>
public sealed class RouteImport
{
    /// <summary>The existing route's id. Required.</summary>
    public required string RouteId { get; init; }

    /// <summary>The existing <c>$default</c> route response's id (two-way routes). Default: none (create it).</summary>
    public string? RouteResponseId { get; init; }

    /// <summary>The existing integration's id, when the route's integration is one the library creates. Default: none (create it).</summary>
    public string? IntegrationId { get; init; }
}
