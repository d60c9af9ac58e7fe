namespace WsRouteResponses.Api;

/// <summary>Settings of a <see cref="WebSocketApi"/> the library creates.</summary>
public sealed class WebSocketApiProps
{
    /// <summary>The API name. Required.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Picks the route for each incoming message: <c>$request.body.&lt;json path&gt;</c> (rule <c>WSR501</c>).
    /// Default: <c>$request.body.action</c> (the provider's own default is the HTTP API one, which WebSocket APIs reject).
    /// </summary>
    public string RouteSelectionExpression { get; init; } = "$request.body.action";

    /// <summary>Where the API key is read from on <c>$connect</c>, <c>$request.header.x-api-key</c> or <c>$context.authorizer.usageIdentifierKey</c>. Default: unset.</summary>
    public string? ApiKeySelectionExpression { get; init; }

    /// <summary>The description. Default: none.</summary>
    public string? Description { get; init; }

    /// <summary>Tags. Default: none.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>Whether to add a Terraform output mapping each route key to its route id and route response id and key. Default: true.</summary>
    public bool RoutesOutput { get; init; } = true;
}
