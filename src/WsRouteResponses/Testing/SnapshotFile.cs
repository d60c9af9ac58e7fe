namespace WsRouteResponses;

/// <summary>The verified and received files of one snapshot, as <see cref="WebSocketTesting.MatchSnapshot"/> keeps them.</summary>
internal static class SnapshotFile
{
    /// <summary>Compares <paramref name="received"/> with <c><paramref name="stem"/>.verified.json</c>.</summary>
    /// <param name="received">The normalized JSON.</param>
    /// <param name="stem">The files' path without <c>.verified.json</c> / <c>.received.json</c>.</param>
    /// <param name="ci">The <c>CI</c> environment variable: <c>true</c> (any case) makes a missing snapshot fail.</param>
    /// <exception cref="SnapshotMismatchException">The JSON differs, or the snapshot is missing on CI.</exception>
    public static void Match(string received, string stem, string? ci)
    {
        var verifiedPath = stem + ".verified.json";
        var receivedPath = stem + ".received.json";
        if (!File.Exists(verifiedPath))
        {
            if (string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase))
            {
                File.WriteAllText(receivedPath, received);
                throw new SnapshotMismatchException($"No snapshot {verifiedPath} on CI (CI=true). Run the test locally, review the file it writes and commit it; what this run received is in {receivedPath}.");
            }
            File.WriteAllText(verifiedPath, received);
            return;
        }
        var verified = File.ReadAllText(verifiedPath).ReplaceLineEndings("\n");
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        throw new SnapshotMismatchException(
            $"The stack differs from its snapshot {verifiedPath} (- verified, + received):\n{LineDiff.Render(verified, received)}" +
            $"If the change is intended, replace the snapshot with {receivedPath}.");
    }
}
