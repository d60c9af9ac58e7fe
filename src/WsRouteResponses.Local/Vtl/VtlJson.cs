using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace WsRouteResponses.Local.Vtl;

/// <summary>JSON for templates: the body as <c>$input</c> sees it, JSONPath by Newtonsoft.Json's SelectToken, and JSON values as VTL values.</summary>
internal static class VtlJson
{
    /// <summary>The body parsed as JSON, or null when it is not JSON.</summary>
    public static JToken? Parse(string text)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? null : token;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The token at a JSONPath (<c>$</c>, <c>$.a.b</c>, <c>$['a']</c>, <c>$.list[0]</c>), or null.</summary>
    public static JToken? Select(JToken? root, string path)
    {
        if (root is null) return null;
        try
        {
            return root.SelectToken(path);
        }
        catch (JsonException e)
        {
            throw new VtlException($"JSONPath \"{path}\": {e.Message}");
        }
    }

    /// <summary>A JSON value as a VTL value: objects as ordered maps, arrays as lists, numbers as long or double.</summary>
    public static object? ToValue(JToken? token) => token switch
    {
        null => null,
        JObject obj => obj.Properties().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        JArray array => array.Select(ToValue).ToList(),
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => null,
        // Past long's range, a JSON integer reads as a double (as a Java BigInteger would print, close enough).
        JValue { Type: JTokenType.Integer, Value: System.Numerics.BigInteger big } => (double)big,
        JValue { Type: JTokenType.Integer } value => value.ToObject<long>(),
        JValue { Type: JTokenType.Float } value => value.ToObject<double>(),
        JValue { Type: JTokenType.Boolean } value => value.ToObject<bool>(),
        JValue value => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => token.ToString(Formatting.None),
    };

    /// <summary>A value as compact JSON.</summary>
    public static string Serialize(JToken token) => token.ToString(Formatting.None);
}
