using Constructs;

namespace WsRouteResponses.Synthesis;

/// <summary>
/// The one Terraform element that writes all deferred resources of an API: a single jsii callback at
/// synth instead of a jsii constructor call (and its config marshalling) per resource.
/// </summary>
internal sealed class ResourceEmitter : TerraformElement
{
    private readonly List<DeferredResource> _resources = [];

    public ResourceEmitter(Construct scope, string id) : base(scope, id) { }

    public void Add(DeferredResource resource) => _resources.Add(resource);

    public override object ToTerraform()
    {
        var resources = new Dictionary<string, object>(StringComparer.Ordinal);
        var imports = new List<object>();
        var moves = new List<object>();
        foreach (var resource in _resources.Where(r => !r.IsMaterialized))
        {
            if (!resources.TryGetValue(resource.TerraformType, out var ofType))
                resources[resource.TerraformType] = ofType = new Dictionary<string, object>(StringComparer.Ordinal);
            ((Dictionary<string, object>)ofType)[resource.LogicalId] = resource.Body();
            if (resource.ImportId is not null)
                imports.Add(new Dictionary<string, object> { ["id"] = resource.ImportId, ["to"] = resource.Address });
            if (resource.MovedFrom is not null)
                moves.Add(new Dictionary<string, object> { ["from"] = resource.MovedFrom, ["to"] = resource.Address });
        }
        var fragment = new Dictionary<string, object>();
        if (resources.Count > 0) fragment["resource"] = resources;
        if (imports.Count > 0) fragment["import"] = imports.ToArray();
        if (moves.Count > 0) fragment["moved"] = moves.ToArray();
        return fragment;
    }

    /// <summary>cdktf's stack metadata lists imported and moved resources by type; the provider classes add theirs the same way.</summary>
    public override object ToMetadata()
    {
        var metadata = new Dictionary<string, object>();
        AddByType(metadata, "imports", r => r.ImportId is not null);
        AddByType(metadata, "moved", r => r.MovedFrom is not null);
        return metadata;
    }

    private void AddByType(Dictionary<string, object> metadata, string key, Func<DeferredResource, bool> selected)
    {
        var byType = _resources.Where(r => !r.IsMaterialized && selected(r))
            .GroupBy(r => r.TerraformType)
            .ToDictionary(g => g.Key, g => (object)g.Select(r => (object)r.LogicalId).ToArray());
        if (byType.Count > 0) metadata[key] = byType;
    }

    public override object ToHclTerraform() => _resources.All(r => r.IsMaterialized)
        ? new Dictionary<string, object>()
        : throw new NotSupportedException(
            "WsRouteResponses writes its resources directly to Terraform JSON; for HCL output set SYNTH_HCL_OUTPUT=true before the stack is built (`cdktf synth --hcl` sets it): the library then creates every resource as a provider object with its strings escaped for HCL.");
}
