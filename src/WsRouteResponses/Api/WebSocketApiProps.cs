namespace WsRouteResponses;

/// <summary>Settings of a <see cref="WebSocketApi"/> the library creates.</summary>
public sealed class WebSocketApiProps : WebSocketApiOptions
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
}

/// <summary>Settings of a <see cref="WebSocketApi"/>, created or attached.</summary>
public class WebSocketApiOptions
{
    /// <summary>Whether to add a Terraform output mapping each route key to its route id and route response id and key. Default: true.</summary>
    public bool RoutesOutput { get; init; } = true;

    /// <summary>
    /// Whether to create the provider objects of routes, integrations, route responses, integration
    /// responses and permissions right away. Default: false: the library writes them to Terraform JSON
    /// itself, at the same addresses, and creates a provider object only when its escape hatch is read
    /// (<c>Route</c>, <c>RouteResponse</c>, ...), which makes synthesis several times faster in C#. Set it
    /// when cdktf aspects must visit those resources, or for <c>cdktf synth --hcl</c>.
    /// </summary>
    public bool MaterializeResources { get; init; }

    /// <summary>The account's quotas for this API, when raised above AWS's defaults. Default: AWS's defaults (300 routes, 300 integrations, 10 stages).</summary>
    public WebSocketQuotas Quotas { get; init; } = new();
}
