using System.Runtime.CompilerServices;
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

    /// <summary>Indented, keys sorted (the library's own form, <see cref="StackJson.Normalize"/>), volatile values scrubbed.</summary>
    internal static string Normalize(string json) => Scrub(StackJson.Normalize(json));

    private static string Scrub(string text)
    {
        text = text.Replace(AppContext.BaseDirectory.TrimEnd('/'), "{BaseDirectory}", StringComparison.Ordinal);
        text = text.Replace(Path.GetTempPath().TrimEnd('/'), "{TempPath}", StringComparison.Ordinal);
        return GuidPattern().Replace(text, "{Guid}");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
