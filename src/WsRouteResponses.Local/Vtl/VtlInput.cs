namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// <c>$input</c>: the message body, JSONPath into it, and the request parameters (none for a WebSocket message), as
/// "Variables for data transformations for API Gateway" documents them.
/// </summary>
internal sealed class VtlInput(string body) : IVtlObject
{
    private readonly Lazy<Newtonsoft.Json.Linq.JToken?> _json = new(() => VtlJson.Parse(body));

    /// <inheritdoc/>
    public object? Property(string name) => name == "body" ? body : null;

    /// <inheritdoc/>
    public object? Call(string name, IReadOnlyList<object?> arguments, VtlBudget budget) => (name, arguments.Count) switch
    {
        // JSON text of what the path selects (an empty string when nothing matches).
        ("json", 1) when arguments[0] is string path => VtlJsonPath.Select(_json.Value, path, budget) is { } token ? VtlJson.Serialize(token) : "",
        // The value itself, for #set, #if and #foreach.
        ("path", 1) when arguments[0] is string path => VtlJson.ToValue(VtlJsonPath.Select(_json.Value, path, budget)),
        ("getBody", 0) => body,
        ("params", 0) => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["path"] = new Dictionary<string, object?>(), ["querystring"] = new Dictionary<string, object?>(), ["header"] = new Dictionary<string, object?>(),
        },
        ("params", 1) => "",
        _ => VtlMethods.NoSuchMethod,
    };
}
