using Constructs;

namespace WsRouteResponses.Locations;

/// <summary>
/// Where the named integrations of an API go (<see cref="IntegrationProps.Id"/>):
/// <c>&lt;api&gt;/Integrations/&lt;name&gt;</c>, whatever route uses them first.
/// </summary>
internal sealed class IntegrationScopes(WebSocketApi api)
{
    private const string ScopeId = "Integrations";
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Construct> _scopes = new(StringComparer.Ordinal);
    private Construct? _parent;

    /// <summary>Reserves <paramref name="name"/> and returns the location of its construct.</summary>
    /// <exception cref="ArgumentException">Another integration of the API has the same name.</exception>
    public Location Reserve(string name, WebSocketRoute route) =>
        _names.Add(name)
            ? LocationOf(name)
            : throw new ArgumentException($"[{route.Location.Path}] Another integration of the API is named \"{name}\"; IntegrationProps.Id must be unique in the API.", nameof(name));

    /// <summary>The location of the construct of a named integration.</summary>
    public Location LocationOf(string name) => api.Location.Child(ScopeId).Child(name);

    /// <summary>The construct of a named integration, scope of its provider objects, created when the first one is materialized.</summary>
    public Construct ScopeOf(string name)
    {
        _parent ??= new Construct(api, ScopeId);
        if (!_scopes.TryGetValue(name, out var scope))
            _scopes[name] = scope = new Construct(_parent, name);
        return scope;
    }
}
