namespace WsRouteResponses.Model;

/// <summary>An element of a WebSocket API's configuration: one Terraform resource (or an API attached by id).</summary>
public abstract record Definition
{
    /// <summary>Where the element is.</summary>
    public required Origin Origin { get; init; }

    /// <summary>
    /// The API the element belongs to: the key of its <see cref="ApiDefinition"/>, or null when its
    /// <c>api_id</c> is known only at apply.
    /// </summary>
    public string? Api { get; init; }
}
