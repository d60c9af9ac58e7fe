using System.Globalization;
using System.Text.RegularExpressions;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// What API Gateway does with a message on one API (../shared/websocket-runtime-semantics.md): route
/// selection with the API's expression, the integration, and for two-way routes the answer a proxy
/// integration gives as is or the integration responses shape.
/// </summary>
internal sealed class ApiRuntime(WebSocketConfiguration configuration, ApiDefinition api, StageDefinition stage, IntegrationCaller caller, VtlTemplateCache templates)
{
    private readonly IReadOnlyList<RouteDefinition> _routes = configuration.Routes.Where(r => r.Api == api.Key).ToList();
    private readonly RequestValidator _validator = new(configuration, api);

    // Values known only at apply (a variable, a reference) are left out: a template sees them as undefined.
    private readonly IReadOnlyDictionary<string, string> _stageVariables = (stage.Variables ?? new Dictionary<string, ModelText>())
        .Where(v => v.Value.IsKnown).ToDictionary(v => v.Key, v => v.Value.Value!, StringComparer.Ordinal);

    // $connect and $disconnect are run by the connection itself, never chosen by a message.
    private IEnumerable<RouteDefinition> MessageRoutes => _routes.Where(r => !r.RouteKey.Is("$connect") && !r.RouteKey.Is("$disconnect"));

    /// <summary>The routes of the API, for the route table printed at start.</summary>
    public IReadOnlyList<RouteDefinition> Routes => _routes;

    /// <summary>Handles one message of a connection.</summary>
    public async Task<Answer> HandleAsync(ConnectionInfo connection, string body, CancellationToken cancellation)
    {
        var requestId = Ids.New();
        var route = Select(body);
        if (route is null)
            return new Answer(ErrorFrame("Forbidden", connection.Id, requestId), "no route matches and there is no $default route: Forbidden");
        var context = connection.Context(route.RouteKey.Value ?? "", requestId, "MESSAGE");
        var integration = configuration.IntegrationOf(route.Integration);
        if (integration is null)
            return new Answer(ErrorFrame("Internal server error", connection.Id, requestId), $"route {route.RouteKey}: its integration is not in the stack");

        // A message that fails the route's model gets the "Bad request body" gateway response; the integration is not called.
        if (await _validator.ProblemAsync(route, body) is { } invalid)
            return new Answer(ErrorFrame("Invalid request body", connection.Id, requestId), $"route {route.RouteKey}: {invalid}: Invalid request body (the integration is not called)");
        var result = await caller.CallAsync(integration, new RequestData(body, context, _stageVariables), cancellation);
        var trace = $"route {route.RouteKey} -> {integration.Type} {result.Trace}";
        if (result.Error is not null)
            return new Answer(ErrorFrame(result.Error, connection.Id, requestId), $"{trace}: {result.Error}");
        if (!configuration.HasDefaultRouteResponse(route))
            return new Answer(null, $"{trace}; one-way: nothing sent");
        if (route.RouteResponseSelectionExpression is null)
            trace += "; two-way by its route response, without route_response_selection_expression (unconfirmed on AWS, WSR108)";
        if (integration.IsProxy)
            return result.HasNoBody ? new Answer(null, $"{trace}; proxy: no body, nothing sent") : new Answer(result.Body, $"{trace}; proxy: the backend's body sent");
        return Respond(integration, result, body, context, trace);
    }

    /// <summary>
    /// Runs the <c>$connect</c> route, if any, before the upgrade: its integration's status decides (a
    /// non-2xx one rejects the handshake with it; an integration error, with 502). A Lambda proxy's
    /// <c>Sec-WebSocket-Protocol</c> header is the subprotocol the handshake answers with (else null).
    /// </summary>
    public async Task<(int Status, string Trace, string? Subprotocol)> ConnectAsync(ConnectionInfo connection, Handshake handshake, CancellationToken cancellation)
    {
        if (_routes.FirstOrDefault(r => r.RouteKey.Is("$connect")) is not { } route) return (200, "connected (no $connect route)", null);
        if (route.AuthorizationType?.Is("CUSTOM") == true)
        {
            var authorizer = configuration.Find<AuthorizerDefinition>(route.AuthorizerId?.Reference is { } id && id.EndsWith(".id", StringComparison.Ordinal) ? id[..^".id".Length] : null);
            if (authorizer is null) return (500, "$connect: its authorizer is not a Lambda authorizer of the stack", null);
            var (status, trace, principal) = await caller.AuthorizeAsync(authorizer, connection.Context("$connect", Ids.New(), "CONNECT"), handshake, cancellation);
            if (status != 200) return (status, trace, null);
            connection.Authorizer = principal;
        }
        if (configuration.IntegrationOf(route.Integration) is not { } integration) return (502, "$connect: its integration is not in the stack", null);
        var result = await caller.CallAsync(integration, new RequestData("", connection.Context("$connect", Ids.New(), "CONNECT"), _stageVariables, handshake), cancellation);
        if (result.Error is not null) return (502, $"$connect -> {integration.Type} {result.Trace}: rejected with 502", null);
        if (result.StatusCode is < 200 or >= 300) return (result.StatusCode, $"$connect -> {integration.Type} {result.Trace}: rejected with {result.StatusCode}", null);
        // Only the Lambda proxy's headers are documented to reach the handshake (AWS's subprotocol sample).
        var subprotocol = integration.Type.Is("AWS_PROXY") ? result.Headers?.GetValueOrDefault("Sec-WebSocket-Protocol") : null;
        return (result.StatusCode, $"$connect -> {integration.Type} {result.Trace}: connected{(subprotocol is null ? "" : $" with subprotocol {subprotocol}")}", subprotocol);
    }

    /// <summary>Runs the <c>$disconnect</c> route, if any, after the connection closed (best effort; nothing can be sent).</summary>
    public async Task<string> DisconnectAsync(ConnectionInfo connection)
    {
        if (_routes.FirstOrDefault(r => r.RouteKey.Is("$disconnect")) is not { } route || configuration.IntegrationOf(route.Integration) is not { } integration)
            return "disconnected";
        var result = await caller.CallAsync(integration, new RequestData("", connection.Context("$disconnect", Ids.New(), "DISCONNECT"), _stageVariables), CancellationToken.None);
        return $"disconnected; $disconnect -> {integration.Type} {result.Trace}";
    }

    // $request.body.<path> (or ${request.body.<path>}) on the body parsed as JSON; not JSON or no match: $default.
    private RouteDefinition? Select(string body)
    {
        var expression = api.RouteSelectionExpression?.Value ?? "$request.body.action";
        var value = BodyValue(expression, body);
        return (value is null ? null : MessageRoutes.FirstOrDefault(r => r.RouteKey.Is(value)))
            ?? MessageRoutes.FirstOrDefault(r => r.RouteKey.Is("$default"));
    }

    private Answer Respond(IntegrationDefinition integration, IntegrationResult result, string requestBody, IReadOnlyDictionary<string, object?> context, string trace)
    {
        var responses = configuration.IntegrationResponses.Where(r => ReferenceEquals(configuration.IntegrationOf(r.Integration), integration)).ToList();
        // Lambda non-proxy responses match the error message; HTTP and MOCK, the status code. Keys are anchored, as REST APIs do.
        var selector = integration.IsLambdaNonProxy ? result.ErrorMessage ?? "" : result.StatusCode.ToString(CultureInfo.InvariantCulture);
        var matching = responses.Where(r => r.Key.Value is { Length: > 2 } key && key != "$default"
            && Regex.IsMatch(selector, $"^(?:{JavaRegex.ToDotNet(key[1..^1])})$", RegexOptions.None, TimeSpan.FromSeconds(1))).ToList();
        var response = matching.FirstOrDefault() ?? responses.FirstOrDefault(r => r.Key.Is("$default"));
        if (response is null)
            return new Answer(null, $"{trace}; no integration response matches {selector}: nothing sent");
        // AWS documents no order among keys that all match: the first in the stack is used, and the trace says so.
        if (matching.Count > 1)
            trace += $"; keys {string.Join(", ", matching.Select(r => r.Key))} all match {selector}, the first in the stack is used (which one AWS uses is not documented)";

        // CONVERT_TO_TEXT: a binary payload (bytes that are not UTF-8 text) reaches the template, or the
        // client, as base64 text; text stays text, as in AWS's content handling table.
        var (payload, converted) = response.ContentHandling?.Is("CONVERT_TO_TEXT") == true && result.Bytes is { } bytes && !IsUtf8(bytes)
            ? (Convert.ToBase64String(bytes), ", binary converted to base64 text")
            : (result.Body, "");
        var templateKey = TemplateKey(response.TemplateSelectionExpression?.Value, requestBody, result) ?? "$default";
        if (Template(response.Templates, templateKey)?.Value is not { } text)
            return new Answer(payload, $"{trace}; integration response {response.Key}{converted}: no template, the body sent as is");
        var frame = templates.Get(text).Render(Variables(payload, context, _stageVariables));
        return new Answer(frame, $"{trace}; integration response {response.Key}{converted}, template {templateKey}");
    }

    /// <summary>
    /// The key a template selection expression picks: a static value (<c>\$default</c> is <c>$default</c>),
    /// <c>${integration.response.statuscode}</c>, <c>${integration.response.header.X}</c> (an HTTP backend's
    /// header), or <c>${request.body.x}</c>.
    /// </summary>
    internal static string? TemplateKey(string? expression, string requestBody, IntegrationResult? result = null) => expression switch
    {
        null => null,
        "${integration.response.statuscode}" => result?.StatusCode.ToString(CultureInfo.InvariantCulture),
        _ when expression.StartsWith(HeaderPrefix, StringComparison.Ordinal) && expression.EndsWith('}') =>
            result?.Headers?.GetValueOrDefault(expression[HeaderPrefix.Length..^1]),
        _ when expression.StartsWith("${request.body.", StringComparison.Ordinal) || expression.StartsWith("$request.body.", StringComparison.Ordinal) => BodyValue(expression, requestBody),
        _ => expression.Replace("\\$", "$", StringComparison.Ordinal),
    };

    private const string HeaderPrefix = "${integration.response.header.";

    private static bool IsUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>The template of <paramref name="key"/>, else the <c>$default</c> one, else null.</summary>
    internal static ModelText? Template(IReadOnlyDictionary<string, ModelText>? templates, string key) =>
        templates is null ? null
        : templates.TryGetValue(key, out var template) ? template
        : templates.TryGetValue("$default", out var fallback) ? fallback
        : null;

    /// <summary>The variables of a mapping template: <c>$input</c> over <paramref name="body"/>, <c>$context</c>, <c>$stageVariables</c>, <c>$util</c>.</summary>
    internal static Dictionary<string, object?> Variables(string body, IReadOnlyDictionary<string, object?> context, IReadOnlyDictionary<string, string> stageVariables) => new()
    {
        ["input"] = new VtlInput(body),
        ["context"] = new Dictionary<string, object?>(context),
        // A copy per render, as $context: a template's #set must not change what later requests see.
        ["stageVariables"] = stageVariables.ToDictionary(v => v.Key, v => (object?)v.Value, StringComparer.Ordinal),
        ["util"] = VtlUtil.Instance,
    };

    // $request.body.<path>, or braces, possibly with text around them (${request.body.version}-beta): each
    // placeholder replaced by its value; null when the body is not JSON or a value is missing.
    private static string? BodyValue(string expression, string body)
    {
        var trimmed = expression.Trim();
        var json = new Lazy<Newtonsoft.Json.Linq.JToken?>(() => VtlJson.Parse(body));
        string? Value(string path) => VtlJson.Select(json.Value, "$." + path) is { } token ? VtlValues.Format(VtlJson.ToValue(token)) : null;
        if (trimmed.StartsWith(SelectionExpressionSyntax.BodyPrefix, StringComparison.Ordinal)) return Value(trimmed[SelectionExpressionSyntax.BodyPrefix.Length..]);
        var (found, missing) = (false, false);
        var text = SelectionExpressionSyntax.BracedBodyReference().Replace(trimmed, m =>
        {
            var value = Value(m.Groups[1].Value);
            (found, missing) = (true, missing || value is null);
            return value ?? "";
        });
        return found && !missing ? text : null;
    }

    /// <summary>The frame API Gateway sends for an error (its spacing: a space after the first colon only).</summary>
    internal static string ErrorFrame(string message, string connectionId, string requestId) =>
        $"{{\"message\": \"{message}\", \"connectionId\":\"{connectionId}\", \"requestId\":\"{requestId}\"}}";
}
