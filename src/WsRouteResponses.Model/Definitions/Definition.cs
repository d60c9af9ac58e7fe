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
    /// The condition of an element that may not exist: its resource's <c>count</c> or <c>for_each</c> as
    /// written, when that is an expression known only at apply (<c>${var.http ? 1 : 0}</c>); null when it
    /// certainly exists. Rules about two elements that cannot both exist (a route key, an integration
    /// response key or a route response used twice) skip a pair under two different conditions, which may
    /// exclude each other, and judge one under a single condition or the same one. (A literal count of 0
    /// is no element at all.)
    /// </summary>
    public string? Condition { get; init; }

    /// <summary>Whether the element may not exist (<see cref="Condition"/>).</summary>
    public bool IsConditional => Condition is not null;

    /// <summary>Whether this element and <paramref name="other"/> exist under two different conditions, which may exclude each other.</summary>
    public bool MayExcludeEachOther(Definition other) =>
        Condition is not null && other.Condition is not null && Condition != other.Condition;
}
