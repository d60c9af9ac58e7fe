using WsRouteResponses.Model;

namespace WsRouteResponses.Tests.Support;

/// <summary>
/// Runs one rule's check over Terraform JSON, as <c>check</c> reads it, for the per-rule tests beside the
/// rules (<c>Model/Rules/Checks/</c>, one file per rule as in <c>src/WsRouteResponses.Model/Rules/Checks/</c>).
/// </summary>
internal static class RuleTester
{
    /// <summary>The API every test configuration has: <c>aws_apigatewayv2_api.a</c>, routing on <c>$request.body.action</c>.</summary>
    public const string ApiId = "${aws_apigatewayv2_api.a.id}";

    /// <summary>
    /// The findings of <paramref name="rule"/> on the API <c>a</c> plus <paramref name="resources"/> (the members
    /// of Terraform JSON's <c>resource</c> object, without braces, e.g. <c>"aws_apigatewayv2_route": {...}</c>),
    /// each as <c>address: problem</c>.
    /// </summary>
    public static IReadOnlyList<string> Findings(WebSocketRule rule, string resources)
    {
        var separator = string.IsNullOrWhiteSpace(resources) ? "" : ",";
        var json = $$$"""
            {"resource": {
              "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}}{{{separator}}}
              {{{resources}}}
            }}
            """;
        return rule.CheckAll(TerraformJsonReader.FromJson(json)).Select(f => $"{f.Origin.Address}: {f.Problem}").ToList();
    }

    /// <summary>A resource's <c>count</c> meta-argument as a member to append to its attributes, or nothing when <paramref name="count"/> is null.</summary>
    public static string Count(string? count) => count is null ? "" : $", \"count\": \"{count}\"";

    /// <summary>
    /// The integration <c>i</c> of <paramref name="type"/> with one integration response per key
    /// (<c>r1</c>, <c>r2</c>, ...), as members of the <c>resource</c> object for <see cref="Findings"/>.
    /// </summary>
    public static string IntegrationWithResponses(string type, params string[] keys)
    {
        var responses = keys.Select((key, n) => $$$"""
            "r{{{n + 1}}}": {"api_id": "{{{ApiId}}}", "integration_id": "${aws_apigatewayv2_integration.i.id}", "integration_response_key": "{{{key}}}"}
            """);
        return $$$"""
            "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", "integration_type": "{{{type}}}"}},
            "aws_apigatewayv2_integration_response": { {{{string.Join(", ", responses)}}} }
            """;
    }
}
