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

    /// <summary>
    /// Whether the element may not exist: its resource's <c>count</c> or <c>for_each</c> is an expression
    /// (<c>var.http ? 1 : 0</c>), known only at apply. Rules about two elements that cannot both exist (a
    /// route key, an integration response key or a route response used twice) skip it, as the two may
    /// be created under conditions that exclude each other. (A literal count of 0 is no element at all.)
    /// </summary>
    public bool IsConditional { get; init; }
}
