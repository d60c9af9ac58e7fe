using System.Net;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary><c>$util</c>: the helpers API Gateway offers WebSocket templates.</summary>
internal sealed class VtlUtil : IVtlObject
{
    public static VtlUtil Instance { get; } = new();

    public object? Property(string name) => null;

    public object? Call(string name, IReadOnlyList<object?> arguments) =>
        arguments.Count != 1 ? VtlMethods.NoSuchMethod
        : arguments[0] is null ? (name == "escapeJavaScript" ? null : throw new VtlException($"$util.{name}: null argument"))
        : Call(name, arguments[0]);

    private static object? Call(string name, object? argument) => name switch
    {
        "escapeJavaScript" => EscapeJavaScript(VtlValues.Format(argument)),
        "parseJson" => VtlJson.ToValue(VtlJson.Parse(VtlValues.Format(argument)) ?? throw new VtlException("$util.parseJson: not JSON")),
        // Java's URLEncoder: form encoding, a space is '+'.
        "urlEncode" => WebUtility.UrlEncode(VtlValues.Format(argument)),
        "urlDecode" => WebUtility.UrlDecode(VtlValues.Format(argument)),
        "base64Encode" => Convert.ToBase64String(Encoding.UTF8.GetBytes(VtlValues.Format(argument))),
        "base64Decode" => Encoding.UTF8.GetString(FromBase64(VtlValues.Format(argument))),
        _ => VtlMethods.NoSuchMethod,
    };

    private static byte[] FromBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw new VtlException($"$util.base64Decode: {e.Message}");
        }
    }

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
