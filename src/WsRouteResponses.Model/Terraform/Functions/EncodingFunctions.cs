using System.Text;
using static WsRouteResponses.Model.TerraformFunctions;

namespace WsRouteResponses.Model;

// Encodings and hashes.
internal static class EncodingFunctions
{
    public static byte[] Utf8(TerraformValue value, string function) => Encoding.UTF8.GetBytes(Text(value, function));

    public static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    // base64decode: the result must be UTF-8, as Terraform strings are.
    public static TerraformValue Base64Decode(IReadOnlyList<TerraformValue> a)
    {
        try
        {
            return new StringValue(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(Text(a[0], "base64decode"))));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            throw new TerraformValueException("base64decode: failed to decode base64 data, or the result is not valid UTF-8");
        }
    }

    // Go's url.QueryEscape: letters, digits and -_.~ stay, a space is +, every other byte %XX.
    public static string UrlEncode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                encoded.Append((char)b);
            else if (b == ' ') encoded.Append('+');
            else encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
