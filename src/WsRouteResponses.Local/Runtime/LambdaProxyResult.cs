using System.Text.Json;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Local;

/// <summary>
/// What a Lambda proxy function returned, read as API Gateway reads it: an object of only
/// <c>statusCode</c> (an integer, 200 when absent), <c>headers</c>, <c>multiValueHeaders</c>, <c>body</c>
/// (a string) and <c>isBase64Encoded</c>. Anything else is a malformed answer, which API Gateway turns
/// into the <c>Internal server error</c> frame.
/// </summary>
/// <param name="StatusCode">The status code.</param>
/// <param name="Body">The body, or null when the result has none (nothing is sent back).</param>
/// <param name="Headers">The <c>headers</c> whose values are strings, by case-insensitive name.</param>
internal sealed record LambdaProxyResult(int StatusCode, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    private static readonly HashSet<string> s_keys = ["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"];

    /// <summary>Reads <paramref name="result"/>; null with <paramref name="problem"/> saying why when it is malformed.</summary>
    public static LambdaProxyResult? Read(JsonNode? result, out string problem)
    {
        problem = "";
        if (result is not JsonObject answer)
        {
            problem = result is null ? "nothing (null)" : $"{result.GetValueKind().ToString().ToLowerInvariant()} {Shorten(result.ToJsonString())}, not an object";
            return null;
        }
        if (answer.Select(p => p.Key).Where(k => !s_keys.Contains(k)).ToList() is { Count: > 0 } unknown)
        {
            problem = $"an object with {string.Join(", ", unknown)} (a proxy answer has only statusCode, headers, multiValueHeaders, body, isBase64Encoded)";
            return null;
        }
        var status = 200;
        // A numeric string ("200") is accepted: AWS's own blueprint handlers return one.
        if (answer["statusCode"] is { } code && !(code is JsonValue v && (v.GetValueKind() == JsonValueKind.Number ? v.TryGetValue(out status)
                : v.TryGetValue<string>(out var digits) && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out status))))
        {
            problem = $"statusCode {Shorten(code.ToJsonString())}, not an integer";
            return null;
        }
        string? body = null;
        if (answer["body"] is { } text && !(text is JsonValue b && b.TryGetValue(out body)))
        {
            problem = $"a body that is not a string ({Shorten(text.ToJsonString())}): stringify it";
            return null;
        }
        var headers = answer["headers"] is JsonObject map
            ? map.Where(h => h.Value is JsonValue s && s.GetValueKind() == JsonValueKind.String)
                .ToDictionary(h => h.Key, h => h.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return new LambdaProxyResult(status, body, headers);
    }

    private static string Shorten(string json) => json.Length <= 60 ? json : json[..57] + "...";
}
