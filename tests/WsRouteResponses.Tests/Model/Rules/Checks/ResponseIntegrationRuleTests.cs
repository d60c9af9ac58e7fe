using WsRouteResponses.Model.Checks;
using static WsRouteResponses.Tests.Support.RuleTester;

namespace WsRouteResponses.Tests.Model.Rules.Checks;

/// <summary><see cref="ResponseIntegrationRule"/> (WSR309) over Terraform JSON.</summary>
public sealed class ResponseIntegrationRuleTests
{
    private static IReadOnlyList<string> Check(string integrationId, string apiId = ApiId) => Findings(new ResponseIntegrationRule(), $$$"""
        "aws_apigatewayv2_api": {"b": {"name": "b", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
        "aws_apigatewayv2_integration": {
          "i": {"api_id": "{{{ApiId}}}", "integration_type": "MOCK"},
          "j": {"api_id": "${aws_apigatewayv2_api.b.id}", "integration_type": "MOCK"}
        },
        "aws_apigatewayv2_integration_response": {"ir": {"api_id": "{{{apiId}}}", "integration_id": "{{{integrationId}}}", "integration_response_key": "$default"}}
        """);

    [Theory]
    [InlineData("${aws_apigatewayv2_integration.i.id}")]
    [InlineData("abc123")]
    [InlineData("${aws_apigatewayv2_integration.missing.id}")] // Terraform's own error
    [InlineData("${var.integration_id}")] // known only at apply: not judged
    public void An_integration_of_the_same_api_passes(string integrationId) => Assert.Empty(Check(integrationId));

    [Theory]
    [InlineData("${aws_apigatewayv2_route.r.id}", "aws_apigatewayv2_route.r")]
    [InlineData("${aws_apigatewayv2_integration_response.other.id}", "aws_apigatewayv2_integration_response.other")]
    [InlineData("${aws_lambda_function.f.id}", "aws_lambda_function.f")]
    public void An_id_of_another_kind_of_resource_is_refused(string integrationId, string address) =>
        Assert.Equal([$"aws_apigatewayv2_integration_response.ir: integration_id refers to {address}, which is not an integration."], Check(integrationId));

    [Fact]
    public void An_integration_of_another_api_is_refused() =>
        Assert.Equal(["aws_apigatewayv2_integration_response.ir: integration_id refers to aws_apigatewayv2_integration.j, an integration of another API (aws_apigatewayv2_api.b)."],
            Check("${aws_apigatewayv2_integration.j.id}"));

    [Fact]
    public void A_response_whose_api_is_known_only_at_apply_is_not_compared() =>
        Assert.Empty(Check("${aws_apigatewayv2_integration.j.id}", apiId: "${var.api_id}"));
}
