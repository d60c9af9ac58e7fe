# A module for both deployment styles: a managed deployment when auto_deploy is off, none when it is on;
# the stage takes the deployment's id through try(), as popular modules write it.
variable "auto_deploy" { default = false }

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_integration" "mock" {
  api_id                        = aws_apigatewayv2_api.chat.id
  integration_type              = "MOCK"
  request_templates             = { "$default" = "{\"statusCode\": 200}" }
  template_selection_expression = "\\$default"
}

resource "aws_apigatewayv2_route" "ping" {
  api_id    = aws_apigatewayv2_api.chat.id
  route_key = "ping"
  target    = "integrations/${aws_apigatewayv2_integration.mock.id}"
}

resource "aws_apigatewayv2_deployment" "this" {
  count  = var.auto_deploy ? 0 : 1
  api_id = aws_apigatewayv2_api.chat.id
  # no triggers and no depends_on: a change to a route is not redeployed
}

resource "aws_apigatewayv2_stage" "prod" {
  api_id        = aws_apigatewayv2_api.chat.id
  name          = "prod"
  auto_deploy   = var.auto_deploy
  deployment_id = var.auto_deploy ? null : try(aws_apigatewayv2_deployment.this[0].id, null)
}
