using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsRouteResponses;

/// <summary>Terraform JSON in a stable text form: what <see cref="WebSocketTesting.SnapshotJson"/> returns.</summary>
internal static partial class StackJson
{
    private const string AssetHashPlaceholder = "{asset-hash}";

    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        // Keep templates readable: '$', '\', '<' and non-ASCII as themselves.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Indented, keys sorted, <c>\n</c> line ends, one trailing newline.</summary>
    public static string Normalize(string json) =>
        (Sort(JsonNode.Parse(json))?.ToJsonString(s_options) ?? "null").ReplaceLineEndings("\n") + "\n";

    /// <summary><see cref="Normalize"/> with asset hashes replaced.</summary>
    public static string ForSnapshot(string json)
    {
        var text = Normalize(json);
        // An asset's hash names its folder (assets/<id>/<hash>/...) and is read elsewhere (source_code_hash).
        foreach (var hash in AssetPath().Matches(text).Select(m => m.Groups["hash"].Value).Distinct().ToList())
            text = text.Replace(hash, AssetHashPlaceholder, StringComparison.Ordinal);
        return text;
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(item => Sort(item?.DeepClone())).ToArray()),
        _ => node?.DeepClone(),
    };

    [GeneratedRegex(@"assets/[^/""]+/(?<hash>[0-9A-F]{32})/")]
    private static partial Regex AssetPath();
}
