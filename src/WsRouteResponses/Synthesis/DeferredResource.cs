using WsRouteResponses.Locations;
using WsRouteResponses.TerraformStrings;

namespace WsRouteResponses.Synthesis;

/// <summary>
/// A provider resource the library has fully described (type, location, config) but not yet created
/// through jsii, where each resource costs milliseconds. At synth, <see cref="ResourceEmitter"/> writes
/// it to Terraform JSON exactly as the provider class would, at the same address. The provider object
/// is created only when someone asks for it (<see cref="Materialize"/>), as escape hatches do; it is then
/// created at the same construct path, so the address does not change, and the emitter skips it.
/// </summary>
internal sealed class DeferredResource
{
    private readonly Func<TerraformResource> _create;
    private readonly object _config;
    private readonly SortedSet<string> _dependsOn = new(StringComparer.Ordinal);
    private TerraformResource? _resource;

    /// <param name="terraformType">The resource type, e.g. <c>aws_apigatewayv2_route</c>.</param>
    /// <param name="location">Where the provider object goes (its construct path).</param>
    /// <param name="config">The provider config, the single source of the attributes either way.</param>
    /// <param name="create">Creates the provider object at <paramref name="location"/> from <paramref name="config"/>.</param>
    public DeferredResource(string terraformType, Location location, object config, Func<TerraformResource> create)
    {
        TerraformType = terraformType;
        Location = location;
        LogicalId = location.LogicalId;
        _config = config;
        _create = create;
    }

    public string TerraformType { get; }

    public Location Location { get; }

    public string LogicalId { get; }

    /// <summary>The Terraform address, <c>type.logical_id</c>.</summary>
    public string Address => $"{TerraformType}.{LogicalId}";

    /// <summary>The id of an existing resource to adopt with an import block, or null.</summary>
    public string? ImportId { get; private set; }

    /// <summary>The address the resource had before a rename or move (a Terraform <c>moved</c> block), or null.</summary>
    public string? MovedFrom => _movedFrom?.Invoke();

    private Func<string>? _movedFrom;

    /// <summary>The addresses of the resources this one must be created after (<c>depends_on</c>), sorted.</summary>
    public IReadOnlyCollection<string> DependsOn => _dependsOn;

    public bool IsMaterialized => _resource is not null;

    /// <summary>A Terraform reference to an attribute, valid in this stack: <c>${type.logical_id.attribute}</c>.</summary>
    public string Reference(string attribute) => $"${{{Address}.{attribute}}}";

    public void ImportFrom(string id)
    {
        ImportId = id;
        _resource?.ImportFrom(id);
    }

    /// <summary>Records that the resource was at <paramref name="address"/> before (written as a <c>moved</c> block; read at synth).</summary>
    public void MoveFrom(Func<string> address)
    {
        _movedFrom = address;
        _resource?.MoveFromId(ResourceMoves.Token(address));
    }

    /// <summary>Makes the resource depend on those at <paramref name="addresses"/> (<c>depends_on</c>).</summary>
    public void AddDependencies(IEnumerable<string> addresses)
    {
        var before = _dependsOn.Count;
        _dependsOn.UnionWith(addresses);
        // Merged with what the user set on the escape hatch.
        if (_resource is not null && _dependsOn.Count != before) _resource.DependsOn = [.. (_resource.DependsOn ?? []).Union(_dependsOn)];
    }

    /// <summary>Escapes the config's strings for HCL output, before the provider object is created (<see cref="HclText"/>).</summary>
    public void EscapeForHcl() => HclText.EscapeStrings(_config);

    /// <summary>The provider object, created on first call.</summary>
    /// <exception cref="InvalidOperationException">cdktf gave the object another logical id than the library's references use (a stack that overrides AllocateLogicalId).</exception>
    public TerraformResource Materialize()
    {
        if (_resource is null)
        {
            var resource = _create();
            // Other resources already refer to this one by address, so the logical id must stay what it is:
            // reading Fqn makes cdktf refuse a later OverrideLogicalId with a clear message.
            _ = resource.Fqn;
            if (resource.FriendlyUniqueId != LogicalId)
                throw new InvalidOperationException(
                    $"[{Location.Path}] cdktf named this resource {resource.FriendlyUniqueId}, but WsRouteResponses refers to it as {LogicalId} (cdktf's default naming). " +
                    "Stacks that override AllocateLogicalId are not supported.");
            if (ImportId is not null) resource.ImportFrom(ImportId);
            if (_movedFrom is not null) resource.MoveFromId(ResourceMoves.Token(_movedFrom));
            if (_dependsOn.Count > 0) resource.DependsOn = [.. _dependsOn];
            _resource = resource;
        }
        return _resource;
    }

    /// <summary>The resource's body as the provider class writes it, with cdktf's metadata.</summary>
    public Dictionary<string, object> Body()
    {
        var body = TerraformAttributes.From(_config);
        if (_dependsOn.Count > 0) body["depends_on"] = _dependsOn.Cast<object>().ToArray();
        body["//"] = new Dictionary<string, object>
        {
            ["metadata"] = new Dictionary<string, object> { ["path"] = Location.Path, ["uniqueId"] = LogicalId },
        };
        return body;
    }
}
