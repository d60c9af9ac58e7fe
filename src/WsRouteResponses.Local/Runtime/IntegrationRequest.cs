using System.Globalization;
using WsRouteResponses.Local.Vtl;
using WsRouteResponses.Model;

namespace WsRouteResponses.Local;

/// <summary>
/// What API Gateway sends a non-proxy integration: the request template its template selection expression
/// picks (else the <c>$default</c> one), else the message itself as <c>passthrough_behavior</c> allows, and
/// the values of its <c>request_parameters</c>.
/// </summary>
internal sealed class IntegrationRequest(VtlTemplateCache templates)
{
    /// <summary>
    /// The request payload, or null when no template matches and <c>passthrough_behavior</c> refuses the
    /// message (<c>NEVER</c>, or <c>WHEN_NO_TEMPLATES</c> when the integration has templates).
    /// </summary>
    public string? Payload(IntegrationDefinition integration, string body, IReadOnlyDictionary<string, object?> context)
    {
        var key = ApiRuntime.TemplateKey(integration.TemplateSelectionExpression?.Value, body) ?? "$default";
        if (ApiRuntime.Template(integration.RequestTemplates, key)?.Value is { } text)
            return templates.Get(text).Render(ApiRuntime.Variables(body, context));
        return (integration.PassthroughBehavior?.Value ?? "WHEN_NO_MATCH") switch
        {
            "NEVER" => null,
            "WHEN_NO_TEMPLATES" when integration.RequestTemplates is { Count: > 0 } => null,
            _ => body,
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
    /// <c>context.identity.sourceIp</c>, <c>context.authorizer.x</c>), <c>route.request.body.x</c>; null when absent.
    /// </summary>
    public static string? Parameter(string? source, string body, IReadOnlyDictionary<string, object?> context) => source switch
    {
        null => null,
        _ when source.Length >= 2 && source[0] == '\'' && source[^1] == '\'' => source[1..^1],
        _ when source.StartsWith("context.", StringComparison.Ordinal) => source["context.".Length..].Split('.')
            .Aggregate((object?)context, (value, part) => value is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(part) : null) is { } found
                ? Convert.ToString(found, CultureInfo.InvariantCulture) : null,
        _ when source.StartsWith("route.request.body.", StringComparison.Ordinal) => ApiRuntime.TemplateKey("$request.body." + source["route.request.body.".Length..], body),
        _ => null,
    };
}
