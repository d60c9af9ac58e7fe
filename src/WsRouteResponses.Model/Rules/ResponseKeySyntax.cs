using System.Text.RegularExpressions;

namespace WsRouteResponses.Model;

/// <summary>The syntax of integration response keys: <c>$default</c>, or a regular expression between slashes.</summary>
public static class ResponseKeySyntax
{
    /// <summary>The catch-all key.</summary>
    public const string Default = "$default";

    /// <summary>What is wrong with a key, or null when API Gateway accepts it.</summary>
    public static string? Problem(string key) =>
        key == Default ? null
        : key.Length < 3 || key[0] != '/' || key[^1] != '/' ? $"\"{key}\" is neither $default nor a regular expression between slashes."
        : RegexProblem(key[1..^1]);

    /// <summary>What is wrong with a regular expression given without slashes, or null when it compiles.</summary>
    public static string? RegexProblem(string pattern)
    {
        if (pattern.Length == 0) return "The regular expression is empty.";
        try
        {
            // API Gateway's engine is Java's: its own constructs are rewritten into .NET's first.
            _ = new Regex(JavaRegex.ToDotNet(pattern), RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException e)
        {
            return $"/{pattern}/ is not a valid regular expression: {e.Message}";
        }
    }

    /// <summary>Whether a key is a status code or status class (<c>/404/</c>, <c>/4\d\d/</c>).</summary>
    public static bool MatchesStatus(string key)
    {
        var inner = key.Length > 2 && key[0] == '/' && key[^1] == '/' ? key[1..^1] : "";
        return inner.Length > 0 && inner[0] is >= '1' and <= '5'
            && (inner[1..] == "\\d\\d" || (inner.Length == 3 && char.IsAsciiDigit(inner[1]) && char.IsAsciiDigit(inner[2])));
    }
}
