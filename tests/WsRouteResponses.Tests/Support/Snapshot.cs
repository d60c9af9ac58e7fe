using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WsRouteResponses.Tests.Support;

/// <summary>
/// A small Verify-compatible snapshot check (Verify itself cannot be restored here: the registry has
/// Verify.Xunit but not its core package). Same file layout as Verify: <c>&lt;Class&gt;.&lt;Test&gt;.verified.json</c>
/// beside the test file, a <c>.received.json</c> written on mismatch. The JSON is re-indented with sorted
/// keys and scrubbed of machine-specific paths. <c>ACCEPT_SNAPSHOTS=1</c> accepts what was received; it is set
/// by <c>./build.sh test --accept-snapshots</c> only (build.sh and CI clear it otherwise).
/// </summary>
internal static partial class Snapshot
{
    private const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    /// <summary>
    /// Compares <paramref name="json"/> with the verified snapshot of the calling test. The one block that
    /// differs between the flavours, <c>terraform.required_providers</c> (cdktf's AWS provider 6.25.0 from
    /// source <c>aws</c>, cdktn's 6.66.0 from <c>hashicorp/aws</c>), is compared with that flavour's
    /// <c>RequiredProviders.&lt;flavour&gt;.verified.json</c> beside this file; the rest is shared by both.
    /// </summary>
    public static void Verify(string json, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "") =>
        Verify(json, Path.Combine(Path.GetDirectoryName(testFile)!, $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}"));

    /// <summary>
    /// Like <see cref="Verify(string, string, string)"/> for a stack whose JSON differs between the flavours
    /// beyond the provider block: one snapshot per flavour, <c>&lt;Class&gt;.&lt;Test&gt;.&lt;flavour&gt;.verified.json</c>.
    /// </summary>
    public static void VerifyPerFlavour(string json, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "") =>
        Verify(json, Path.Combine(Path.GetDirectoryName(testFile)!, $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}.{Flavour.Name}"));

    private static void Verify(string json, string stem)
    {
        var root = WithoutProviders(json, out var providers);
        if (providers is not null) Compare(providers.ToJsonString(), Path.Combine(OwnDirectory(), $"RequiredProviders.{Flavour.Name}"));
        Compare(root.ToJsonString(), stem);
    }

    /// <summary>A stack's JSON without <c>terraform.required_providers</c> (the block each flavour has its own of), which is <paramref name="providers"/>.</summary>
    internal static JsonObject WithoutProviders(string json, out JsonNode? providers)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        providers = null;
        if (root["terraform"] is JsonObject terraform && terraform.Remove("required_providers", out providers) && terraform.Count == 0)
            root.Remove("terraform");
        return root;
    }

    private static void Compare(string json, string stem)
    {
        var verifiedPath = stem + ".verified.json";
        var receivedPath = stem + ".received.json";
        var received = Normalize(json);

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        var message = verified is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)} yet. Review {Path.GetFileName(receivedPath)}, then rename it, or run ./build.sh test --accept-snapshots."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs (- verified, + received):\n{LineDiff.Render(verified, received)}\nIf the change is intended, review {Path.GetFileName(receivedPath)} and accept it with ./build.sh test --accept-snapshots.";
        Assert.Fail(message);
    }

    private static string OwnDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    /// <summary>Indented, keys sorted, volatile values scrubbed, one trailing newline.</summary>
    internal static string Normalize(string json)
    {
        var node = Sort(JsonNode.Parse(json));
        var text = node?.ToJsonString(s_options) ?? "null";
        return Scrub(text).ReplaceLineEndings("\n") + "\n";
    }

    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        // Keep templates readable: '$', '\', '<' and non-ASCII as themselves.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(item => Sort(item?.DeepClone())).ToArray()),
        _ => node?.DeepClone(),
    };

    private static string Scrub(string text)
    {
        text = text.Replace(AppContext.BaseDirectory.TrimEnd('/'), "{BaseDirectory}", StringComparison.Ordinal);
        text = text.Replace(Path.GetTempPath().TrimEnd('/'), "{TempPath}", StringComparison.Ordinal);
        return GuidPattern().Replace(text, "{Guid}");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}

/// <summary>A minimal line diff (longest common subsequence) for snapshot failures, with a little context.</summary>
internal static class LineDiff
{
    private const int Context = 2, MaxLines = 80;

    public static string Render(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) lines.Add(('+', b[y++]));
            else lines.Add(('-', a[x++]));
        }

        var output = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < lines.Count && shown < MaxLines; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - Context), Math.Min(lines.Count, i + Context + 1) - Math.Max(0, i - Context)).Any(k => lines[k].Mark != ' ');
            if (!near) continue;
            output.Append(lines[i].Mark).Append(' ').AppendLine(lines[i].Text);
            shown++;
        }
        return output.ToString();
    }
}
