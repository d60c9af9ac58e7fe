namespace WsRouteResponses;

/// <summary>
/// Thrown by <see cref="WebSocketTesting.MatchSnapshot"/> when a stack's Terraform JSON differs from its
/// verified snapshot (the message shows the differing lines), or when the snapshot is missing on CI.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    internal SnapshotMismatchException(string message) : base(message) { }
}
