using System.Globalization;
using System.Text.RegularExpressions;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// What API Gateway sends a non-proxy integration: the request template its template selection expression
/// picks (else the <c>$default</c> one), else the message itself as <c>passthrough_behavior</c> allows, and
/// the values of its <c>request_parameters</c>.
/// </summary>
internal sealed partial class IntegrationRequest(VtlTemplateCache templates)
{
    /// <summary>
    /// The request payload, or null when no template matches and <c>passthrough_behavior</c> refuses the
    /// message (<c>NEVER</c>, or <c>WHEN_NO_TEMPLATES</c> when the integration has templates).
    /// </summary>
    public string? Payload(IntegrationDefinition integration, RequestData request)
    {
        var key = ApiRuntime.TemplateKey(integration.TemplateSelectionExpression?.Value, request.Body) ?? "$default";
        if (ApiRuntime.Template(integration.RequestTemplates, key)?.Value is { } text)
            return templates.Get(text).Render(ApiRuntime.Variables(request.Body, request.Context, request.StageVariables));
        return (integration.PassthroughBehavior?.Value ?? "WHEN_NO_MATCH") switch
        {
            "NEVER" => null,
            "WHEN_NO_TEMPLATES" when integration.RequestTemplates is { Count: > 0 } => null,
            _ => request.Body,
        };
    }

    /// <summary>
    /// What an integration that refuses the message answers. Unconfirmed for WebSocket APIs: REST APIs
    /// answer 415 Unsupported Media Type, which is taken here.
    /// </summary>
    public static IntegrationResult Refused(IntegrationDefinition integration) => new(415, "",
        $"(no request template matches and passthrough_behavior is {integration.PassthroughBehavior?.Value}: the message is refused)", "Unsupported Media Type");

    /// <summary>
    /// The value of one request parameter source: <c>'literal'</c>, <c>context.x</c> (also nested:
    /// <c>context.identity.sourceIp</c>, <c>context.authorizer.x</c>), <c>stageVariables.x</c>,
    /// <c>route.request.body.x</c>, and on <c>$connect</c> <c>route.request.header.x</c> and
    /// <c>route.request.querystring.x</c>; null when absent.
    /// </summary>
    public static string? Parameter(string? source, RequestData request) => source switch
    {
        null => null,
        _ when source.Length >= 2 && source[0] == '\'' && source[^1] == '\'' => source[1..^1],
        _ when source.StartsWith("context.", StringComparison.Ordinal) => source["context.".Length..].Split('.')
            .Aggregate((object?)request.Context, (value, part) => value is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(part) : null) is { } found
                ? Convert.ToString(found, CultureInfo.InvariantCulture) : null,
        _ when source.StartsWith(StageVariablePrefix, StringComparison.Ordinal) => request.StageVariables.GetValueOrDefault(source[StageVariablePrefix.Length..]),
        _ when source.StartsWith("route.request.body.", StringComparison.Ordinal) => ApiRuntime.TemplateKey("$request.body." + source["route.request.body.".Length..], request.Body),
        _ when source.StartsWith(HeaderPrefix, StringComparison.Ordinal) => request.Handshake?.Headers.GetValueOrDefault(source[HeaderPrefix.Length..]),
        _ when source.StartsWith(QueryPrefix, StringComparison.Ordinal) => request.Handshake?.Query.GetValueOrDefault(source[QueryPrefix.Length..]),
        _ => null,
    };

    private const string StageVariablePrefix = "stageVariables.";
    private const string HeaderPrefix = "route.request.header.";
    private const string QueryPrefix = "route.request.querystring.";

    /// <summary>An integration URI with each <c>${stageVariables.x}</c> of a defined variable replaced by its value.</summary>
    public static string WithStageVariables(string uri, IReadOnlyDictionary<string, string> variables) =>
        StageVariableReference().Replace(uri, m => variables.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    /// <summary><paramref name="uri"/> with the integration's <c>integration.request.querystring.x</c> parameters that have a value added to its query string.</summary>
    public static string WithQuery(string uri, IntegrationDefinition integration, RequestData request)
    {
        var pairs = (integration.RequestParameters ?? new Dictionary<string, ModelText>())
            .Where(p => p.Key.StartsWith("integration.request.querystring.", StringComparison.Ordinal))
            .Select(p => (Name: p.Key["integration.request.querystring.".Length..], Value: Parameter(p.Value.Value, request)))
            .Where(p => p.Value is not null)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}")
            .ToList();
        return pairs.Count == 0 ? uri : uri + (uri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join("&", pairs);
    }

    [GeneratedRegex(@"\$\{stageVariables\.([A-Za-z0-9_]+)\}")]
    private static partial Regex StageVariableReference();
}
