namespace WsRouteResponses.Model;

/// <summary>Where an element of the configuration is: its Terraform address and, for cdktf stacks, its construct path.</summary>
/// <param name="Address">The Terraform address, e.g. <c>aws_apigatewayv2_route.Chat_Ping_Route_89957933</c>.</param>
/// <param name="Path">The construct path, e.g. <c>chat-api/Chat/Ping/Route</c>, or null (Terraform written by hand).</param>
public sealed record Origin(string Address, string? Path = null)
{
    /// <summary>The construct path where there is one, else the address: what a construct reports.</summary>
    public string PathOrAddress => Path ?? Address;

    /// <inheritdoc />
    public override string ToString() => Address;
}

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
