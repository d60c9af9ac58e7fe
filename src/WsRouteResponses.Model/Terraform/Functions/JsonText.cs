using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WsRouteResponses.Model;

/// <summary><c>jsonencode</c> and <c>jsondecode</c> as Terraform does them (Go's encoder: keys sorted, <c>&lt;&gt;&amp;</c> escaped).</summary>
internal static class JsonText
{
    public static string Encode(TerraformValue value)
    {
        var text = new StringBuilder();
        Write(value, text);
        return text.ToString();
    }

    public static TerraformValue Decode(string json)
    {
        try
        {
            return TerraformValue.FromJson(JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }));
        }
        catch (JsonException e)
        {
            throw new TerraformValueException($"jsondecode: {e.Message}");
        }
    }

    private static void Write(TerraformValue value, StringBuilder text)
    {
        switch (value)
        {
            case StringValue s: WriteString(s.Value, text); break;
            case NumberValue n: text.Append(n.ToString()); break;
            case BoolValue b: text.Append(b.Value ? "true" : "false"); break;
            case SequenceValue sequence:
                text.Append('[');
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(sequence.Items[i], text);
                }
                text.Append(']');
                break;
            case MappingValue mapping:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in mapping.Attributes)
                {
                    if (!first) text.Append(',');
                    first = false;
                    WriteString(key, text);
                    text.Append(':');
                    Write(item, text);
                }
                text.Append('}');
                break;
            default: text.Append("null"); break;
        }
    }

    private static void WriteString(string s, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }
}
