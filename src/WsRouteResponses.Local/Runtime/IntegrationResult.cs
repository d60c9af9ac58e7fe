using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>What an integration answered.</summary>
/// <param name="StatusCode">The status code (HTTP, or a mock's from its request template).</param>
/// <param name="Body">The body.</param>
/// <param name="Trace">What was called, for the trace.</param>
/// <param name="Error">The message of the error frame API Gateway sends instead (<c>Internal server error</c>, <c>Endpoint request timed out</c>), or null.</param>
/// <param name="ErrorMessage">A Lambda non-proxy function's error message, which its integration responses match, or null.</param>
internal sealed record IntegrationResult(int StatusCode, string Body, string Trace, string? Error = null, string? ErrorMessage = null)
{
    /// <summary>An HTTP backend's body as it came (for <c>CONVERT_TO_TEXT</c> of a binary body), or null.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>An HTTP backend's response headers (for <c>${integration.response.header.X}</c>), or a Lambda proxy's <c>headers</c>; or null.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Whether a Lambda proxy answered without a <c>body</c>: a two-way route then sends nothing.</summary>
    public bool HasNoBody { get; init; }
}
