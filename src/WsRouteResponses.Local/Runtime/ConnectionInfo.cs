using System.Globalization;

namespace WsRouteResponses.Local;

/// <summary>One client connection: what <c>$context</c> says of it.</summary>
internal sealed class ConnectionInfo(string stage, string apiId, string domainName, string sourceIp, string? userAgent = null)
{
    /// <summary>The client's User-Agent header, or null.</summary>
    public string? UserAgent { get; } = userAgent;

    /// <summary>The stage the connection is on.</summary>
    public string Stage { get; } = stage;

    /// <summary>The client's address.</summary>
    public string SourceIp { get; } = sourceIp;

    /// <summary>The connection id, like API Gateway's (12 random bytes, base64).</summary>
    public string Id { get; } = Ids.New();

    /// <summary>When the connection opened (Unix milliseconds).</summary>
    public long ConnectedAt { get; } = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>
    /// What the <c>$connect</c> authorizer returned: <c>principalId</c> and its <c>context</c> entries, which
    /// API Gateway passes as <c>$context.authorizer.*</c> to every route of the connection. Empty without one.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Authorizer { get; set; } = new Dictionary<string, object?>();

    /// <summary><c>$context</c> of one request on this connection.</summary>
    public IReadOnlyDictionary<string, object?> Context(string routeKey, string requestId, string eventType)
    {
        var now = DateTimeOffset.UtcNow;
        return new Dictionary<string, object?>
        {
            ["connectionId"] = Id, ["connectedAt"] = ConnectedAt, ["domainName"] = domainName, ["eventType"] = eventType,
            ["messageId"] = Ids.New(), ["routeKey"] = routeKey, ["requestId"] = requestId, ["extendedRequestId"] = requestId,
            ["apiId"] = apiId, ["stage"] = Stage,
            ["requestTime"] = now.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture), ["requestTimeEpoch"] = now.ToUnixTimeMilliseconds(),
            ["identity"] = new Dictionary<string, object?> { ["sourceIp"] = SourceIp, ["userAgent"] = UserAgent },
            // A copy per request: a template's #set must not change what later requests see.
            ["authorizer"] = new Dictionary<string, object?>(Authorizer),
        };
    }
}
