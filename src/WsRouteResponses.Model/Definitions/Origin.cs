namespace WsRouteResponses.Model;

/// <summary>Where an element of the configuration is: its Terraform address and, for cdktf stacks, its construct path.</summary>
/// <param name="Address">The Terraform address, e.g. <c>aws_apigatewayv2_route.Chat_Ping_Route_89957933</c>.</param>
/// <param name="Path">The construct path, e.g. <c>chat-api/Chat/Ping/Route</c>, or null (Terraform written by hand).</param>
public sealed record Origin(string Address, string? Path = null)
{
    /// <summary>The construct path where there is one, else the address: what a construct reports.</summary>
    public string PathOrAddress => Path ?? Address;

    /// <summary>Where the element is written in a <c>.tf</c> file, or null when unknown (cdktf stacks, Terraform JSON, plans).</summary>
    public SourceLocation? Location { get; init; }

    /// <inheritdoc />
    public override string ToString() => Address;
}
