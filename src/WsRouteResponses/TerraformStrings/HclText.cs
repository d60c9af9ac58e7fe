using System.Reflection;
using System.Text;
using WsRouteResponses.Synthesis;

namespace WsRouteResponses.TerraformStrings;

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
    /// <summary>
    /// The text as an HCL quoted string's content: <c>\</c>, <c>"</c>, line feed, carriage return and tab
    /// escaped in the literal parts; a <c>${...}</c> or <c>%{...}</c> sequence (a Terraform expression the
    /// user wrote, or a cdktf token) is copied as it is, since HCL reads it as expression syntax.
    /// </summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\\"\n\r\t") < 0) return text;
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '$' || c == '%') && i + 1 < text.Length)
            {
                if (text[i + 1] == c && i + 2 < text.Length && text[i + 2] == '{')
                {
                    result.Append(c).Append(c).Append('{'); // $${ and %%{ are literal text
                    i += 2;
                    continue;
                }
                if (text[i + 1] == '{' && ExpressionEnd(text, i + 1) is var end and > 0)
                {
                    result.Append(text, i, end - i + 1);
                    i = end;
                    continue;
                }
            }
            result.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return result.ToString();
    }

    // The index of the brace closing the one at open, skipping quoted strings inside; -1 when unclosed.
    private static int ExpressionEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{': depth++; break;
                case '}' when --depth == 0: return i;
                case '"':
                    for (i++; i < text.Length && text[i] != '"'; i++)
                        if (text[i] == '\\') i++;
                    break;
            }
        }
        return -1;
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
                    // The renderer quotes map keys without escaping them either.
                    property.SetValue(config, map.ToDictionary(e => Escape(e.Key), e => Escape(e.Value)));
                    break;
                case string[] list:
                    property.SetValue(config, list.Select(Escape).ToArray());
                    break;
                case { } block when TerraformAttributes.IsProviderBlock(block):
                    EscapeStrings(block);
                    break;
            }
        }
    }
}
