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
    /// <paramref name="functionAttributes"/> are more attributes of the function, each after a comma.
    /// </summary>
    public static string ProxyDefaultRoute(string functionAttributes = "", string runtime = "nodejs20.x", string handler = "app.main") => $$$"""
        {"resource": {
          "aws_lambda_function": {"f": {"function_name": "f", "role": "r", "runtime": "{{{runtime}}}", "handler": "{{{handler}}}", "filename": "code.zip"{{{functionAttributes}}}}},
          "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
          "aws_apigatewayv2_integration": {"f": {"api_id": "${aws_apigatewayv2_api.a.id}", "integration_type": "AWS_PROXY", "integration_method": "POST", "integration_uri": "${aws_lambda_function.f.invoke_arn}"}},
          "aws_apigatewayv2_route": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_key": "$default", "target": "integrations/${aws_apigatewayv2_integration.f.id}", "route_response_selection_expression": "$default"}},
          "aws_apigatewayv2_route_response": {"d": {"api_id": "${aws_apigatewayv2_api.a.id}", "route_id": "${aws_apigatewayv2_route.d.id}", "route_response_key": "$default"}},
          "aws_apigatewayv2_stage": {"dev": {"api_id": "${aws_apigatewayv2_api.a.id}", "name": "dev", "auto_deploy": true}}
        }}
        """;

    /// <summary>The stack's <c>main.tf.json</c>.</summary>
    public string MainFile => Path.Combine(_folder, "main.tf.json");

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
