using System.Text.Json.Nodes;

namespace WsRouteResponses.Model;

/// <summary>
/// The resources of one Terraform configuration (a cdktf stack, a module folder with its child modules, or a
/// plan), as every reader produces them: the one input of <see cref="ConfigurationBuilder"/> and of the
/// local runtime's Lambda functions.
/// </summary>
/// <param name="Folder">The folder relative file paths in it are relative to (a stack's assets, a function's <c>filename</c>).</param>
/// <param name="Resources">Its resource and data source instances.</param>
public sealed record TerraformDocument(string Folder, IReadOnlyList<ResourceInstance> Resources)
{
    /// <summary>
    /// The resource addresses that module calls refer to: a module may create what a rule looks for
    /// (a Lambda permission for a function). Default: none.
    /// </summary>
    public IReadOnlyList<string> ReferencedByModules { get; init; } = [];

    /// <summary>What the reader could not read and left unknown (a module not installed, a variable without a value), for the user. Default: none.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The default <c>aws</c> provider's configuration, or null when there is none.</summary>
    public JsonObject? AwsProvider { get; init; }

    /// <summary>The resources of a type, managed ones only.</summary>
    public IEnumerable<ResourceInstance> OfType(string type) => Resources.Where(r => !r.IsData && r.Type == type);
}
