using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// Calls an integration as API Gateway does: MOCK answers with the status code of its request template;
/// HTTP and HTTP_PROXY make a real HTTP request (URI rewritten by <see cref="LocalOptions.HttpRewrites"/>)
/// within the integration's timeout. Other kinds are not emulated: the client gets the error frame of a
/// failing integration, and the trace says why.
/// </summary>
internal sealed class IntegrationCaller(HttpClient http, LocalOptions options, LambdaHost lambdas, IntegrationRequest requests)
{
    private const int DefaultTimeoutMs = 29_000;

    public async Task<IntegrationResult> CallAsync(IntegrationDefinition integration, RequestData request, CancellationToken cancellation)
    {
        try
        {
            return integration.Type.Value switch
            {
                "MOCK" => Mock(integration, request),
                "HTTP" or "HTTP_PROXY" => await HttpAsync(integration, request, cancellation),
                "AWS_PROXY" when lambdas.FunctionOf(integration) is { } function => await LambdaProxyAsync(integration, function, request, cancellation),
                "AWS" when lambdas.FunctionOf(integration) is { } function => await LambdaAsync(integration, function, request, cancellation),
                var type => new IntegrationResult(500, "", $"({type} is not emulated here)", "Internal server error"),
            };
        }
        catch (VtlException e)
        {
            return new IntegrationResult(500, "", $"(mapping template: {e.Message})", "Internal server error");
        }
        catch (FunctionThrottledException e)
        {
            // Lambda refused the invocation (not a function error a non-proxy route's responses could match):
            // API Gateway's integration failure, as for any rejected invocation.
            return new IntegrationResult(500, "", e.Message, "Internal server error");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else fails (a template that is not JSON, a bad URI, node missing) fails the integration, not the server.
            return new IntegrationResult(500, "", $"({e.GetType().Name}: {e.Message})", "Internal server error");
        }
    }

    // The event API Gateway sends a Lambda proxy integration; the body of its {statusCode, body} is the answer.
    private async Task<IntegrationResult> LambdaProxyAsync(IntegrationDefinition integration, LocalFunction function, RequestData request, CancellationToken cancellation)
    {
        var (body, context, handshake) = (request.Body, request.Context, request.Handshake);
        var identity = (IReadOnlyDictionary<string, object?>)context["identity"]!;
        var @event = new JsonObject
        {
            ["requestContext"] = new JsonObject
            {
                ["routeKey"] = (string?)context["routeKey"], ["eventType"] = (string?)context["eventType"], ["messageDirection"] = "IN",
                ["connectionId"] = (string?)context["connectionId"], ["messageId"] = (string?)context["messageId"], ["requestId"] = (string?)context["requestId"],
                ["extendedRequestId"] = (string?)context["extendedRequestId"], ["domainName"] = (string?)context["domainName"], ["stage"] = (string?)context["stage"],
                ["apiId"] = (string?)context["apiId"], ["connectedAt"] = (long?)context["connectedAt"], ["requestTime"] = (string?)context["requestTime"],
                ["requestTimeEpoch"] = (long?)context["requestTimeEpoch"], ["identity"] = new JsonObject { ["sourceIp"] = (string?)identity["sourceIp"] },
            },
            ["isBase64Encoded"] = false,
        };
        if (context["authorizer"] is IReadOnlyDictionary<string, object?> { Count: > 0 } principal)
            @event["requestContext"]!["authorizer"] = new JsonObject(principal.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value as string))));
        if (handshake is null) @event["body"] = body;
        else
        {
            // $connect carries the upgrade request's headers and query string instead of a body.
            @event["headers"] = StringsObject(handshake.Headers);
            @event["multiValueHeaders"] = new JsonObject(handshake.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)new JsonArray(h.Value))));
            @event["queryStringParameters"] = handshake.Query.Count == 0 ? null : StringsObject(handshake.Query);
        }
        // The stage's variables; a stage without any sends none (events captured from WebSocket APIs have no key).
        if (request.StageVariables.Count > 0) @event["stageVariables"] = StringsObject(request.StageVariables);
        if (await WithinAsync(integration.TimeoutMilliseconds, cancellation, token => lambdas.InvokeAsync(function, @event, token)) is not { } reply)
            return TimedOut(function.Address);
        if (reply["error"] is { } error)
            return new IntegrationResult(500, "", $"{function.Address} threw: {error["errorMessage"]}", "Internal server error");
        // A malformed answer (not an object, other keys, a body that is not a string) is API Gateway's
        // "Internal server error"; a valid one without a body sends nothing back.
        if (LambdaProxyResult.Read(reply["result"], out var problem) is not { } result)
            return new IntegrationResult(500, "", $"{function.Address} returned {problem}", "Internal server error");
        return new IntegrationResult(result.StatusCode, result.Body ?? "", $"{function.Address} {result.StatusCode}{(result.Body is null ? ", no body" : "")}")
        {
            Headers = result.Headers, HasNoBody = result.Body is null,
        };
    }

    /// <summary>
    /// Runs a REQUEST Lambda authorizer as API Gateway does before <c>$connect</c>: a missing identity source
    /// or an "Unauthorized" error is 401, a policy that allows nothing is 403, any other failure 500.
    /// When allowed, Principal is its <c>principalId</c> and <c>context</c> entries (<c>$context.authorizer</c>).
    /// </summary>
    public async Task<(int Status, string Trace, IReadOnlyDictionary<string, object?> Principal)> AuthorizeAsync(AuthorizerDefinition authorizer, IReadOnlyDictionary<string, object?> context, Handshake handshake, CancellationToken cancellation)
    {
        foreach (var source in authorizer.IdentitySources)
        {
            var present = source.StartsWith("route.request.header.", StringComparison.Ordinal) ? handshake.Headers.ContainsKey(source["route.request.header.".Length..])
                : source.StartsWith("route.request.querystring.", StringComparison.Ordinal) ? handshake.Query.ContainsKey(source["route.request.querystring.".Length..])
                : true;
            if (!present) return (401, $"authorizer {authorizer.Origin.Address}: identity source {source} missing: rejected with 401", s_noPrincipal);
        }
        if (lambdas.FunctionOf(authorizer.AuthorizerUri) is not { } function)
            return (500, $"authorizer {authorizer.Origin.Address}: not a Node.js or Python function of the stack nor one given with --lambda: rejected with 500", s_noPrincipal);
        var @event = new JsonObject
        {
            ["type"] = "REQUEST",
            ["methodArn"] = $"arn:aws:execute-api:local:000000000000:local/{context["stage"]}/$connect",
            ["headers"] = StringsObject(handshake.Headers),
            ["queryStringParameters"] = StringsObject(handshake.Query),
            ["requestContext"] = new JsonObject { ["routeKey"] = "$connect", ["eventType"] = "CONNECT", ["connectionId"] = (string?)context["connectionId"], ["stage"] = (string?)context["stage"] },
        };
        // An authorizer has API Gateway's 29 s integration limit too (one paused in a debugger must not hang the handshake).
        JsonNode? reply;
        try
        {
            reply = await WithinAsync(null, cancellation, token => lambdas.InvokeAsync(function, @event, token));
        }
        catch (InvalidOperationException e)
        {
            return (500, $"authorizer {function.Address} failed ({e.Message}): rejected with 500", s_noPrincipal);
        }
        if (reply is null)
            return (500, $"authorizer {function.Address} timed out: rejected with 500", s_noPrincipal);
        if (reply["error"] is { } error)
            return Text(error["errorMessage"]) == "Unauthorized"
                ? (401, $"authorizer {function.Address}: Unauthorized: rejected with 401", s_noPrincipal)
                : (500, $"authorizer {function.Address} threw {error["errorMessage"]}: rejected with 500", s_noPrincipal);
        if (reply["result"] is not JsonObject result || Principal(result) is not { } principal)
            return (500, $"authorizer {function.Address}: not a policy with a string principalId and a context of strings, numbers and booleans: rejected with 500", s_noPrincipal);
        var allowed = result["policyDocument"]?["Statement"] is JsonArray statements
            && statements.Any(s => s is JsonObject statement && Text(statement["Effect"]) == "Allow");
        return allowed ? (200, $"authorizer {function.Address}: allowed", principal) : (403, $"authorizer {function.Address}: denied: rejected with 403", s_noPrincipal);
    }

    // Headers or a query string as the event's JSON object of strings.
    private static JsonObject StringsObject(IReadOnlyDictionary<string, string> values) =>
        new(values.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)v.Value)));

    private static readonly IReadOnlyDictionary<string, object?> s_noPrincipal = new Dictionary<string, object?>();

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    // principalId and the context's entries side by side, every value a string as API Gateway passes them
    // ("stringified"); null when principalId is not a string or a context value is an object or array (AWS: 500).
    private static Dictionary<string, object?>? Principal(JsonObject result)
    {
        if (result["principalId"] is { } id && Text(id) is null) return null;
        var principal = new Dictionary<string, object?>(StringComparer.Ordinal) { ["principalId"] = Text(result["principalId"]) };
        if (result["context"] is JsonObject context)
            foreach (var (key, value) in context)
            {
                if (value is not (null or JsonValue)) return null;
                principal[key] = value is null ? null : Text(value) ?? value.ToJsonString();
            }
        return principal;
    }

    // Lambda non-proxy: the request template makes the event; the function's return value is the answer's
    // body, and a function error its errorMessage, which the integration responses match.
    private async Task<IntegrationResult> LambdaAsync(IntegrationDefinition integration, LocalFunction function, RequestData data, CancellationToken cancellation)
    {
        if (requests.Payload(integration, data) is not { } request) return IntegrationRequest.Refused(integration);
        if (JsonNode.Parse(request) is not JsonObject @event)
            return new IntegrationResult(500, "", $"{function.Address}: the request template did not make a JSON object", "Internal server error");
        if (await WithinAsync(integration.TimeoutMilliseconds, cancellation, token => lambdas.InvokeAsync(function, @event, token)) is not { } reply)
            return TimedOut(function.Address);
        if (reply["error"] is { } error)
        {
            var message = (string?)error["errorMessage"] ?? "";
            return new IntegrationResult(200, error.ToJsonString(), $"{function.Address} failed: {message}", ErrorMessage: message);
        }
        return new IntegrationResult(200, reply["result"]?.ToJsonString() ?? "null", $"{function.Address} 200");
    }

    private IntegrationResult Mock(IntegrationDefinition integration, RequestData data)
    {
        if (requests.Payload(integration, data) is not { } request) return IntegrationRequest.Refused(integration);
        // Lenient JSON ({statusCode: 200}) is accepted, as API Gateway does.
        var status = (JToken.Parse(request) as JObject)?["statusCode"];
        return status?.Type == JTokenType.Integer && status.Value<long>() is >= 100 and <= 599
            ? new IntegrationResult(status.Value<int>(), "", $"mock {status}")
            : new IntegrationResult(500, "", "(statusCode should be an integer which defined in request template)", "Internal server error");
    }

    private async Task<IntegrationResult> HttpAsync(IntegrationDefinition integration, RequestData data, CancellationToken cancellation)
    {
        var uri = IntegrationRequest.WithQuery(Rewrite(IntegrationRequest.WithStageVariables(integration.Uri?.Value ?? "", data.StageVariables)), integration, data);
        var method = new HttpMethod(integration.Method?.Value is { } m && m != "ANY" ? m : "POST");
        if ((integration.IsProxy ? data.Body : requests.Payload(integration, data)) is not { } payload) return IntegrationRequest.Refused(integration);
        // CONVERT_TO_BINARY: the client sent base64 text (binary frames are refused); the backend gets the bytes.
        using var request = new HttpRequestMessage(method, uri)
        {
            Content = integration.ContentHandling?.Is("CONVERT_TO_BINARY") == true ? new ByteArrayContent(Convert.FromBase64String(payload)) : new StringContent(payload, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in integration.RequestParameters ?? new Dictionary<string, ModelText>())
            if (name.StartsWith("integration.request.header.", StringComparison.Ordinal) && IntegrationRequest.Parameter(value.Value, data) is { } header)
            {
                var headerName = name["integration.request.header.".Length..];
                if (!request.Headers.TryAddWithoutValidation(headerName, header)) request.Content.Headers.TryAddWithoutValidation(headerName, header);
            }
        try
        {
            return await WithinAsync(integration.TimeoutMilliseconds, cancellation, async token =>
            {
                using var response = await http.SendAsync(request, token);
                // The content is buffered: its text (by its charset) and its bytes are two reads of it.
                var text = await response.Content.ReadAsStringAsync(token);
                var bytes = await response.Content.ReadAsByteArrayAsync(token);
                var headers = response.Headers.Concat(response.Content.Headers)
                    .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
                return new IntegrationResult((int)response.StatusCode, text, $"{method} {uri} {(int)response.StatusCode}") { Bytes = bytes, Headers = headers };
            }) ?? TimedOut($"{method} {uri}");
        }
        catch (HttpRequestException e)
        {
            return new IntegrationResult(502, "", $"{method} {uri} failed ({e.Message})", "Internal server error");
        }
    }

    // API Gateway's integration timeout (29 s unless the integration sets one): null when the call ran past it.
    private static async Task<T?> WithinAsync<T>(double? timeoutMilliseconds, CancellationToken cancellation, Func<CancellationToken, Task<T>> call) where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromMilliseconds(timeoutMilliseconds ?? DefaultTimeoutMs));
        try
        {
            return await call(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return null;
        }
    }

    private static IntegrationResult TimedOut(string target) => new(504, "", $"{target} timed out", "Endpoint request timed out");

    private string Rewrite(string uri)
    {
        foreach (var (prefix, local) in options.HttpRewrites)
            if (uri.StartsWith(prefix, StringComparison.Ordinal)) return local + uri[prefix.Length..];
        return uri;
    }
}
