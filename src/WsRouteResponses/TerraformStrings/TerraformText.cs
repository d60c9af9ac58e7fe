using System.Text;

namespace WsRouteResponses.TerraformStrings;

/// <summary>
/// Terraform reads <c>${</c> and <c>%{</c> in any string as its own template syntax. API Gateway's
/// mapping templates and selection expressions use the same characters
/// (<c>${integration.response.statuscode}</c>), so they are escaped to <c>$${</c> and <c>%%{</c>;
/// cdktf tokens embedded in the text (<c>${TfToken[...]}</c>) are left as they are.
/// </summary>
internal static class TerraformText
{
    /// <summary>The text as Terraform must receive it to pass it on literally.</summary>
    public static string Escape(string text)
    {
        if (!text.Contains("{", StringComparison.Ordinal)) return text;
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opensTemplate = (c == '$' || c == '%') && i + 1 < text.Length && text[i + 1] == '{';
            if (opensTemplate && !(c == '$' && text.AsSpan(i).StartsWith("${TfToken[", StringComparison.Ordinal)))
                result.Append(c);
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary><see cref="Escape(string)"/> applied to every value of a map; null stays null.</summary>
    public static Dictionary<string, string>? Escape(IReadOnlyDictionary<string, string>? map) =>
        map?.ToDictionary(e => e.Key, e => Escape(e.Value));

    /// <summary><see cref="Escape(string)"/> that lets null through.</summary>
    public static string? EscapeOrNull(string? text) => text is null ? null : Escape(text);
}
