using System.Net;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

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
