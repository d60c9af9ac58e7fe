using System.Globalization;
using System.Text;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// A template that cannot be parsed or rendered; API Gateway answers such a message with an internal server error.
/// The message never holds a raw control character (those of the template or the message show as <c>\uXXXX</c>).
/// </summary>
/// <param name="message">What failed, and where.</param>
/// <param name="kind">Whether the template was refused as it was parsed, or failed while rendering.</param>
public sealed class VtlException(string message, VtlErrorKind kind = VtlErrorKind.Render) : Exception(Printable(message))
{
    /// <summary>Whether the template was refused as it was parsed (it fails for every message), or failed while rendering one.</summary>
    public VtlErrorKind Kind { get; } = kind;

    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var output = new StringBuilder(text.Length + 16);
        foreach (var c in text) output.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c);
        return output.ToString();
    }
}
