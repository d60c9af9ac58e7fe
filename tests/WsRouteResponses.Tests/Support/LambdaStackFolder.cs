using System.IO.Compression;

namespace WsRouteResponses.Tests.Support;

/// <summary>
/// A temporary folder holding a hand-written <c>main.tf.json</c> and the <c>code.zip</c> its Lambda
/// functions name, made of one handler file: what the local runtime reads to run real Node handlers.
/// Deleted on dispose.
/// </summary>
public sealed class LambdaStackFolder : IDisposable
{
    private readonly string _folder;

    /// <summary>Writes <paramref name="handlerFile"/> (zipped as <c>code.zip</c>) and <paramref name="terraformJson"/> as <c>main.tf.json</c>.</summary>
    public LambdaStackFolder(string handlerFile, string handlerCode, string terraformJson)
    {
        _folder = Directory.CreateTempSubdirectory("wsrr-lambda-test-").FullName;
        var code = Directory.CreateDirectory(Path.Combine(_folder, "code")).FullName;
        File.WriteAllText(Path.Combine(code, handlerFile), handlerCode);
        ZipFile.CreateFromDirectory(code, Path.Combine(_folder, "code.zip"));
        File.WriteAllText(MainFile, terraformJson);
    }

    /// <summary>
    /// Terraform JSON of a stage "dev" whose two-way <c>$default</c> route is a Lambda proxy of
    /// <c>aws_lambda_function.f</c> (<paramref name="handler"/> in code.zip, on <paramref name="runtime"/>);
    /// <paramref name="functionAttributes"/> are more attributes of the function, <paramref name="stageAttributes"/>
    /// of the stage, each after a comma.
    /// </summary>
    public static string ProxyDefaultRoute(string functionAttributes = "", string runtime = "nodejs20.x", string handler = "app.main", string stageAttributes = "") =>
        Stack(functionAttributes, runtime, handler, "$default", "", "", "", stageAttributes);

    /// <summary>
    /// Terraform JSON of a stage "dev" whose two-way route <paramref name="routeKey"/> is a Lambda non-proxy
    /// integration of <c>aws_lambda_function.f</c>: <paramref name="requestTemplate"/> makes the event, and
    /// <paramref name="responses"/> (name, integration response key, <c>$default</c> template) answer.
    /// </summary>
    public static string NonProxyRoute(string routeKey, string requestTemplate, IEnumerable<(string Name, string Key, string Template)> responses,
        string functionAttributes = "", string runtime = "nodejs20.x", string handler = "app.main") =>
        Stack(functionAttributes, runtime, handler, routeKey, "AWS",
            $$"""
            , "request_templates": {"$default": {{Json(requestTemplate)}}}, "template_selection_expression": "\\$default"
            """,
            $$"""
            "aws_apigatewayv2_integration_response": {{{string.Join(", ", responses.Select(r => $$"""
                {{Json(r.Name)}}: {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_id": "${aws_apigatewayv2_integration.f.id}", "integration_response_key": {{Json(r.Key)}},
                  "response_templates": {"$default": {{Json(r.Template)}}}, "template_selection_expression": "\\$default"}
                """))}}},
            """, "");

    private static string Stack(string functionAttributes, string runtime, string handler, string routeKey, string nonProxy, string integrationAttributes, string responses, string stageAttributes) => $$$"""
        {"resource": {
          "aws_lambda_function": {"f": {"function_name": "f", "role": "r", "runtime": "{{{runtime}}}", "handler": "{{{handler}}}", "filename": "code.zip"{{{functionAttributes}}}}},
          "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
          "aws_apigatewayv2_integration": {"f": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "{{{(nonProxy.Length == 0 ? "AWS_PROXY" : nonProxy)}}}", "integration_method": "POST", "integration_uri": "${aws_lambda_function.f.invoke_arn}"{{{integrationAttributes}}}}},
          {{{responses}}}
          "aws_apigatewayv2_route": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": {{{Json(routeKey)}}}, "target": "integrations/${aws_apigatewayv2_integration.f.id}", "route_response_selection_expression": "$default"}},
          "aws_apigatewayv2_route_response": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.d.id}", "route_response_key": "$default"}},
          "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true{{{stageAttributes}}}}}
        }}
        """;

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>A pattern of API Gateway's frame for a failed integration: <c>{"message": "Internal server error", ...}</c>.</summary>
    public const string InternalServerError = """^\{"message": "Internal server error", "connectionId":"[A-Za-z0-9_=-]+", "requestId":"[A-Za-z0-9_=-]+"\}$""";

    /// <summary>The stack's <c>main.tf.json</c>.</summary>
    public string MainFile => Path.Combine(_folder, "main.tf.json");

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
