using System.Net;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary><c>$input</c>: the message body, and JSONPath into it.</summary>
internal sealed class VtlInput(string body) : IVtlObject
{
    private readonly Lazy<Newtonsoft.Json.Linq.JToken?> _json = new(() => VtlJson.Parse(body));

    public object? Property(string name) => name == "body" ? body : null;

    public object? Call(string name, IReadOnlyList<object?> arguments) => name switch
    {
        // JSON text of what the path selects (an empty string when nothing matches).
        "json" => VtlJson.Select(_json.Value, VtlValues.Str(arguments, 0)) is { } token ? VtlJson.Serialize(token) : "",
        // The value itself, for #set, #if and #foreach.
        "path" => VtlJson.ToValue(VtlJson.Select(_json.Value, VtlValues.Str(arguments, 0))),
        "body" => body,
        _ => throw new VtlException($"no method $input.{name}"),
    };
}
