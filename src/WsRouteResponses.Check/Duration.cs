using System.Globalization;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Check;

/// <summary>A duration on the command line: a whole number and a unit, <c>500ms</c>, <c>90s</c>, <c>10m</c>, <c>2h</c>.</summary>
public static partial class Duration
{
    /// <summary>The form, for messages.</summary>
    public const string Form = "a whole number and ms, s, m or h, e.g. 90s, 10m, 2h, at most 24 days (576h)";

    /// <summary>The longest duration a timer takes (.NET's timers stop at about 49.7 days).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(24);

    /// <summary>Reads <paramref name="text"/>; false when it is not of that form, not above zero or over <see cref="Longest"/>.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (text is null || Pattern().Match(text.Trim()) is not { Success: true } match
            || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            return false;
        try
        {
            value = match.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(number),
                "s" => TimeSpan.FromSeconds(number),
                "m" => TimeSpan.FromMinutes(number),
                _ => TimeSpan.FromHours(number),
            };
            return value <= Longest;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    [GeneratedRegex("^([0-9]+)(ms|s|m|h)$")]
    private static partial Regex Pattern();
}
