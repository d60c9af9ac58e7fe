
namespace WsRouteResponses.Locations;

/// <summary>The Terraform address of a provider object the library did not write itself.</summary>
internal static class TerraformAddress
{
    /// <summary>
    /// <c>type.logical_id</c>, fixed from now on: reading <c>Fqn</c> makes cdktf refuse a later
    /// <c>OverrideLogicalId</c> with a clear message, since the library refers to the resource by this address.
    /// Three jsii reads: call it once per resource.
    /// </summary>
    public static string Of(TerraformResource resource)
    {
        _ = resource.Fqn;
        return $"{resource.TerraformResourceType}.{resource.FriendlyUniqueId}";
    }
}
