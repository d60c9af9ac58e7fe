using System.Reflection;
using System.Text;

namespace WsRouteResponses.Internal;

/// <summary>
/// cdktf's HCL renderer (<c>cdktf synth --hcl</c>; CDK Terrain's is the same code) writes a string between
/// quotes escaping only unescaped quotes, and not even those when the string holds <c>${</c>; a string
/// with a line break becomes a heredoc. Backslashes are never escaped, so <c>\$default</c> and
/// <c>/2\d\d/</c> come out as escape sequences HCL refuses. The library therefore hands the renderer
/// strings already escaped for an HCL quoted string (backslash, quote and line breaks), which every branch
/// of the renderer writes through unchanged.
/// </summary>
internal static class HclText
{
    /// <summary>The text as an HCL quoted string's content: <c>\</c>, <c>"</c>, line feed, carriage return and tab escaped.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\\"\n\r\t") < 0) return text;
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            result.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        return result.ToString();
    }

    /// <summary>Escapes every string of a provider config in place: string properties, string maps and lists, nested blocks.</summary>
    public static void EscapeStrings(object config)
    {
        foreach (var property in config.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            switch (property.GetValue(config))
            {
                case string text:
                    property.SetValue(config, Escape(text));
                    break;
                case IDictionary<string, string> map:
                    property.SetValue(config, map.ToDictionary(e => e.Key, e => Escape(e.Value)));
                    break;
                case string[] list:
                    property.SetValue(config, list.Select(Escape).ToArray());
                    break;
                case { } block when block.GetType().Namespace?.StartsWith("HashiCorp.Cdktf.Providers.", StringComparison.Ordinal) == true:
                    EscapeStrings(block);
                    break;
            }
        }
    }
}
