using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="LambdaInvokePermissionRule"/> (WSR210) over Terraform JSON.</summary>
public sealed class LambdaInvokePermissionRuleTests
{
    private const string Missing = "aws_apigatewayv2_integration.i: No aws_lambda_permission lets apigateway.amazonaws.com invoke aws_lambda_function.f: every invocation fails (a message gets {\"message\": \"Internal server error\"}; on $connect, the handshake fails).";

    private static IReadOnlyList<string> Check(string integration, params string[] permissions) => Findings(new LambdaInvokePermissionRule(), $$$"""
        "aws_apigatewayv2_integration": {"i": {"api_id": "{{{ApiId}}}", {{{integration}}}}}
        {{{(permissions.Length == 0 ? "" : ", \"aws_lambda_permission\": {" + string.Join(", ", permissions.Select((p, n) => $"\"p{n}\": {{{p}}}")) + "}")}}}
        """);

    private static string Permission(string functionName, string principal = "apigateway.amazonaws.com") =>
        $"\"action\": \"lambda:InvokeFunction\", \"function_name\": \"{functionName}\", \"principal\": \"{principal}\", \"source_arn\": \"${{aws_apigatewayv2_api.a.execution_arn}}/*/*\"";

    private const string Proxy = "\"integration_type\": \"AWS_PROXY\", \"integration_uri\": \"${aws_lambda_function.f.invoke_arn}\"";

    [Theory]
    [InlineData(Proxy)]
    [InlineData("\"integration_type\": \"AWS\", \"integration_method\": \"POST\", \"integration_uri\": \"${aws_lambda_function.f.invoke_arn}\"")]
    public void A_lambda_integration_without_a_permission_is_a_warning(string integration) =>
        Assert.Equal([Missing], Check(integration));

    [Theory]
    [InlineData("${aws_lambda_function.f.function_name}")]
    [InlineData("${aws_lambda_function.f.arn}")]
    public void A_permission_for_api_gateway_on_the_function_passes(string functionName) =>
        Assert.Empty(Check(Proxy, Permission(functionName)));

    [Fact]
    public void A_permission_for_another_function_or_principal_does_not_count() =>
        Assert.Equal([Missing], Check(Proxy, Permission("${aws_lambda_function.other.function_name}"), Permission("${aws_lambda_function.f.function_name}", "events.amazonaws.com")));

    [Theory]
    [InlineData("chat-handler")] // a literal name may be this function's
    [InlineData("${var.function_name}")]
    public void A_permission_whose_function_is_not_a_reference_is_not_judged(string functionName) =>
        Assert.Empty(Check(Proxy, Permission(functionName)));

    [Fact]
    public void A_function_given_to_a_module_call_is_not_judged()
    {
        // The module may grant the permission (a common pattern: a "lambda permissions" module per function).
        var json = $$$$"""
            {"module": {"perm": {"source": "./modules/permission", "function_name": "${aws_lambda_function.f.function_name}"}},
             "resource": {
               "aws_apigatewayv2_api": {"a": {"name": "a", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
               "aws_apigatewayv2_integration": {"i": {"api_id": "{{{{ApiId}}}}", {{{{Proxy}}}} } } } }
            """;
        Assert.Empty(new LambdaInvokePermissionRule().CheckAll(WsRouteResponses.Model.TerraformJsonReader.FromJson(json)));
    }

    [Theory]
    [InlineData(Proxy + ", \"credentials_arn\": \"arn:aws:iam::123456789012:role/invoke\"")] // API Gateway assumes the role
    [InlineData("\"integration_type\": \"AWS_PROXY\", \"integration_uri\": \"arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations\"")]
    [InlineData("\"integration_type\": \"AWS_PROXY\", \"integration_uri\": \"${var.invoke_arn}\"")]
    [InlineData("\"integration_type\": \"HTTP_PROXY\", \"integration_method\": \"POST\", \"integration_uri\": \"https://example.com\"")]
    public void An_integration_with_a_role_or_not_on_a_function_of_the_configuration_is_not_judged(string integration) =>
        Assert.Empty(Check(integration));
}
