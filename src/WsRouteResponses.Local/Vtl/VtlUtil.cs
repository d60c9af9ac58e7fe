using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary><c>$util</c>: the helpers API Gateway offers WebSocket templates.</summary>
internal sealed class VtlUtil : IVtlObject
{
    /// <summary>The one instance: <c>$util</c> has no state.</summary>
    public static VtlUtil Instance { get; } = new();

    /// <inheritdoc/>
    public object? Property(string name) => null;

    /// <inheritdoc/>
    public object? Call(string name, IReadOnlyList<object?> arguments, VtlBudget budget) =>
        arguments.Count != 1 ? VtlMethods.NoSuchMethod
        : arguments[0] is null ? (name == "escapeJavaScript" ? null : throw new VtlException($"$util.{name}: null argument"))
        : Call(name, arguments[0]);

    private static object? Call(string name, object? argument) => name switch
    {
        "escapeJavaScript" => EscapeJavaScript(VtlValues.Format(argument)),
        "parseJson" => VtlJson.ToValue(VtlJson.Parse(VtlValues.Format(argument)) ?? throw new VtlException("$util.parseJson: not JSON")),
        "urlEncode" => UrlEncode(VtlValues.Format(argument)),
        "urlDecode" => UrlDecode(VtlValues.Format(argument)),
        "base64Encode" => Convert.ToBase64String(Encoding.UTF8.GetBytes(VtlValues.Format(argument))),
        "base64Decode" => Encoding.UTF8.GetString(FromBase64(VtlValues.Format(argument))),
        _ => VtlMethods.NoSuchMethod,
    };

    // Java's URLEncoder (UTF-8): letters, digits and . - * _ as they are, a space as '+', every other byte %XX.
    private static string UrlEncode(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'.' or (byte)'-' or (byte)'*' or (byte)'_') result.Append((char)b);
            else if (b == ' ') result.Append('+');
            else result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }

    // Java's URLDecoder (UTF-8): '+' is a space, %XX a byte; a '%' without two hex digits fails the template.
    private static string UrlDecode(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%')
            {
                if (i + 2 >= text.Length || !byte.TryParse(text.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var b))
                    throw new VtlException($"$util.urlDecode: an incomplete or invalid escape at {i} in \"{text}\"");
                bytes.Add(b);
                i += 2;
            }
            else if (text[i] == '+') bytes.Add((byte)' ');
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    // Java's basic Base64 decoder: no whitespace; the padding may be left out.
    private static byte[] FromBase64(string text)
    {
        try
        {
            if (text.Any(char.IsWhiteSpace)) throw new FormatException("whitespace is not Base64");
            return Convert.FromBase64String(text.Length % 4 == 0 ? text : text.PadRight(text.Length + 4 - text.Length % 4, '='));
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
                _ when c < 0x20 || c > 0x7f => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return result.ToString();
    }
}
