namespace WsRouteResponses.Model;

/// <summary>What a route or integration response points at: an integration of the configuration, one that exists only in AWS, or unknown.</summary>
/// <param name="Address">The address of an integration of the configuration, or null.</param>
/// <param name="Id">The literal id of an integration that exists in AWS, or null.</param>
public sealed record IntegrationTarget(string? Address, string? Id)
{
    /// <summary>Whether neither is known before apply.</summary>
    public bool IsUnknown => Address is null && Id is null;
}
