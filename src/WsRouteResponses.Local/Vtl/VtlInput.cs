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

/// <summary><c>$util</c>: the helpers API Gateway offers WebSocket templates.</summary>
internal sealed class VtlUtil : IVtlObject
{
    public static VtlUtil Instance { get; } = new();

    public object? Property(string name) => null;

    public object? Call(string name, IReadOnlyList<object?> arguments) => name switch
    {
        "escapeJavaScript" => EscapeJavaScript(VtlValues.Str(arguments, 0)),
        "parseJson" => VtlJson.ToValue(VtlJson.Parse(VtlValues.Str(arguments, 0)) ?? throw new VtlException("$util.parseJson: not JSON")),
        // Java's URLEncoder: form encoding, a space is '+'.
        "urlEncode" => WebUtility.UrlEncode(VtlValues.Str(arguments, 0)),
        "urlDecode" => WebUtility.UrlDecode(VtlValues.Str(arguments, 0)),
        "base64Encode" => Convert.ToBase64String(Encoding.UTF8.GetBytes(VtlValues.Str(arguments, 0))),
        "base64Decode" => Encoding.UTF8.GetString(Convert.FromBase64String(VtlValues.Str(arguments, 0))),
        _ => throw new VtlException($"no method $util.{name}"),
    };

    // As Java's StringEscapeUtils.escapeJavaScript: quotes (single too), backslash, slash and control characters.
    private static string EscapeJavaScript(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            result.Append(c switch
            {
                '\'' => "\\'", '"' => "\\\"", '\\' => "\\\\", '/' => "\\/",
                '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", '\b' => "\\b", '\f' => "\\f",
                _ when c < 0x20 || c > 0x7e => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return result.ToString();
    }
}
