# Keys known before apply from another for_each resource, values not: routes made from a map built over
# the integrations, and a deployment whose triggers hash the routes and integrations it covers.
variable "routes" { default = ["ping", "echo"] }

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_integration" "mock" {
  for_each                      = toset(var.routes)
  api_id                        = aws_apigatewayv2_api.chat.id
  integration_type              = "MOCK"
  request_templates             = { "$default" = "{\"statusCode\": 200}" }
  template_selection_expression = "\\$default"
}

locals {
  targets = { for key, integration in aws_apigatewayv2_integration.mock : key => "integrations/${integration.id}" }
}

resource "aws_apigatewayv2_route" "this" {
  for_each                            = local.targets
  api_id                              = aws_apigatewayv2_api.chat.id
  route_key                           = each.key
  target                              = each.value
  route_response_selection_expression = "$default"
}

resource "aws_apigatewayv2_deployment" "this" {
  api_id = aws_apigatewayv2_api.chat.id
  triggers = {
    redeployment = sha1(jsonencode({ routes = aws_apigatewayv2_route.this, integrations = aws_apigatewayv2_integration.mock }))
  }
}

resource "aws_apigatewayv2_stage" "prod" {
  api_id        = aws_apigatewayv2_api.chat.id
  name          = "prod"
  deployment_id = aws_apigatewayv2_deployment.this.id
}
