using System.Runtime.CompilerServices;

namespace WsRouteResponses;

/// <summary>
/// What an app's own tests need of its stacks: their Terraform JSON ready for any snapshot tool, and a
/// synthesized folder that <c>LocalWebSocketApi.StartAsync</c> (package <c>WsRouteResponses.Local</c>) serves.
/// </summary>
public static class WebSocketTesting
{
    /// <summary>
    /// The stack's Terraform JSON as a snapshot: synthesized with validations (a rule error throws, as
    /// <c>cdktf synth</c> would stop), keys sorted, indented, <c>\n</c> line ends and a trailing newline, each
    /// asset hash replaced by <c>{asset-hash}</c> (no cdktf metadata is written), so that the snapshot changes
    /// when the infrastructure does, not when a handler's code, the machine or the cdktf version does.
    /// </summary>
    /// <param name="stack">The stack, made in a test app (<c>Testing.App()</c>) or a real one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> is null.</exception>
    public static string SnapshotJson(TerraformStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return StackJson.ForSnapshot(Testing.Synth(stack, runValidations: true));
    }

    /// <summary>
    /// Compares <see cref="SnapshotJson"/> of <paramref name="stack"/> with the snapshot file of the calling test,
    /// <c>&lt;TestFile&gt;.&lt;TestName&gt;.verified.json</c> beside the test's source file (Verify's layout, so a
    /// project can move to Verify or another tool later). A missing snapshot is written and the test passes
    /// (review the file and commit it), except where the <c>CI</c> environment variable is <c>true</c>, where
    /// a missing snapshot fails, as Jest does; on a difference, what was received is written beside it as
    /// <c>.received.json</c> (rename it to accept the change) and a <see cref="SnapshotMismatchException"/> shows the lines.
    /// </summary>
    /// <param name="stack">The stack.</param>
    /// <param name="testFile">Set by the compiler: the calling test's source file.</param>
    /// <param name="testName">Set by the compiler: the calling test's name.</param>
    /// <exception cref="SnapshotMismatchException">The stack differs from its snapshot, the snapshot is missing on CI, or the test was built with deterministic source paths.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> is null.</exception>
    public static void MatchSnapshot(TerraformStack stack, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        // A deterministic build (ContinuousIntegrationBuild=true) writes source paths as /_/..., which name no folder here.
        if (!Path.IsPathFullyQualified(testFile) || testFile.StartsWith("/_/", StringComparison.Ordinal))
            throw new SnapshotMismatchException($"The test's source file is known only as \"{testFile}\" (a build with ContinuousIntegrationBuild=true or deterministic source paths), so its snapshot cannot be found beside it. Build the tests without it, or compare SnapshotJson(stack) with a file of your own.");
        var received = SnapshotJson(stack);
        var stem = Path.Combine(Path.GetDirectoryName(testFile) ?? ".", $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}");
        SnapshotFile.Match(received, stem, Environment.GetEnvironmentVariable("CI"));
    }

    /// <summary>
    /// Synthesizes the stack, with its assets (a Lambda function's zipped code), into a new temporary folder
    /// laid out as <c>cdktf synth</c> lays out <c>cdktf.out</c>, and returns the folder's path: what
    /// <c>LocalWebSocketApi.StartAsync</c> serves, without a prior <c>cdktf synth</c> or a path relative
    /// to the test's working folder. The caller may delete the folder when done.
    /// </summary>
    /// <param name="stack">The stack, made in a test app (<c>Testing.App()</c>) or a real one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> is null.</exception>
    public static string SynthesizeToFolder(TerraformStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return Testing.FullSynth(stack);
    }
}
