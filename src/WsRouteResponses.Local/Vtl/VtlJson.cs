using System.Globalization;
using System.Numerics;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace WsRouteResponses.Local.Vtl;

/// <summary>
/// JSON for templates: the body as <c>$input</c> sees it (Newtonsoft.Json), definite JSONPaths (names and indexes; the
/// others are <see cref="VtlJsonPath"/>'s), JSON values as VTL values, and JSON text as <c>$input.json</c> writes it.
/// </summary>
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

    /// <summary>The token at a JSONPath (<c>$</c>, <c>$.a.b</c>, <c>$['a']</c>, <c>$.list[0]</c>, <c>$.list[-1]</c> from the end), or null.</summary>
    /// <exception cref="VtlException">The path is not one of these forms.</exception>
    public static JToken? Select(JToken? root, string path)
    {
        if (root is null) return null;
        if (!path.StartsWith('$')) throw new VtlException($"JSONPath \"{path}\" does not start with $");
        var current = root;
        for (var i = 1; i < path.Length && current is not null;)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                current = (current as JObject)?.Property(path[(i + 1)..end], StringComparison.Ordinal)?.Value;
                i = end;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is var close and > 0)
            {
                var inner = path[(i + 1)..close].Trim();
                current = inner.Length >= 2 && inner[0] is '\'' or '"'
                    ? (current as JObject)?.Property(inner[1..^1], StringComparison.Ordinal)?.Value
                    : int.TryParse(inner, out var index) && current is JArray array && (index < 0 ? index + array.Count : index) is var at && at >= 0 && at < array.Count ? array[at] : null;
                i = close + 1;
            }
            else throw new VtlException($"JSONPath \"{path}\": unexpected '{path[i]}' at {i}");
        }
        return current;
    }

    /// <summary>A JSON value as a VTL value: objects as ordered maps, arrays as lists, numbers as long, big integer or double.</summary>
    public static object? ToValue(JToken? token) => token switch
    {
        null => null,
        JObject obj => obj.Properties().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        JArray array => array.Select(ToValue).ToList(),
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => null,
        // Past long's range, a JSON integer reads as a big integer, as Java's parsers read it.
        JValue { Type: JTokenType.Integer, Value: BigInteger big } => big,
        JValue { Type: JTokenType.Integer } value => value.ToObject<long>(),
        JValue { Type: JTokenType.Float } value => value.ToObject<double>(),
        JValue { Type: JTokenType.Boolean } value => value.ToObject<bool>(),
        JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        _ => token.ToString(Formatting.None),
    };

    /// <summary>
    /// A value as compact JSON, written as Jackson (Java's common JSON library) writes by default, which is what API Gateway
    /// (Java) likely does, though AWS does not say: a decimal as Java's Double.toString prints it (<c>1.5</c>,
    /// <c>100000.0</c>, <c>1.0E-5</c>), integers as digits, \b \t \n \f \r as short escapes, other control characters as
    /// <c>\u00XX</c> (upper-case hex), nothing else escaped.
    /// </summary>
    public static string Serialize(JToken token)
    {
        var text = new StringBuilder();
        Write(token, text);
        return text.ToString();
    }

    private static void Write(JToken token, StringBuilder text)
    {
        switch (token)
        {
            case JObject obj:
                text.Append('{');
                var firstProperty = true;
                foreach (var property in obj.Properties())
                {
                    if (!firstProperty) text.Append(',');
                    firstProperty = false;
                    Quote(property.Name, text);
                    text.Append(':');
                    Write(property.Value, text);
                }
                text.Append('}');
                break;
            case JArray array:
                text.Append('[');
                var firstItem = true;
                foreach (var item in array)
                {
                    if (!firstItem) text.Append(',');
                    firstItem = false;
                    Write(item, text);
                }
                text.Append(']');
                break;
            case JValue { Type: JTokenType.String } value: Quote((string)value.Value!, text); break;
            case JValue { Type: JTokenType.Float } value: text.Append(VtlNumbers.Format(value.ToObject<double>())); break;
            case JValue { Type: JTokenType.Integer } value: text.Append(Convert.ToString(value.Value, CultureInfo.InvariantCulture)); break;
            case JValue { Type: JTokenType.Boolean } value: text.Append((bool)value.Value! ? "true" : "false"); break;
            default: text.Append("null"); break;
        }
    }

    private static void Quote(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\b' => text.Append("\\b"),
                '\t' => text.Append("\\t"),
                '\n' => text.Append("\\n"),
                '\f' => text.Append("\\f"),
                '\r' => text.Append("\\r"),
                < ' ' => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => text.Append(c),
            };
        }
        text.Append('"');
    }
}
