# Mapping templates kept in files, as many projects do; no finding expected.
locals {
  routes = toset(["sendmessage", "ping"])
}

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_integration" "mock" {
  for_each                      = local.routes
  api_id                        = aws_apigatewayv2_api.chat.id
  integration_type              = "MOCK"
  request_templates             = { "$default" = file("${path.module}/templates/request.json") }
  template_selection_expression = "\\$default"
}

resource "aws_apigatewayv2_integration_response" "mock" {
  for_each                 = local.routes
  api_id                   = aws_apigatewayv2_api.chat.id
  integration_id           = aws_apigatewayv2_integration.mock[each.key].id
  integration_response_key = "$default"
  response_templates       = { "$default" = templatefile("${path.module}/templates/response.tftpl", { route = each.key }) }
}

resource "aws_apigatewayv2_route" "route" {
  for_each                            = local.routes
  api_id                              = aws_apigatewayv2_api.chat.id
  route_key                           = each.key
  target                              = "integrations/${aws_apigatewayv2_integration.mock[each.key].id}"
  route_response_selection_expression = "$default"
}

resource "aws_apigatewayv2_route_response" "route" {
  for_each           = local.routes
  api_id             = aws_apigatewayv2_api.chat.id
  route_id           = aws_apigatewayv2_route.route[each.key].id
  route_response_key = "$default"
}

resource "aws_apigatewayv2_stage" "prod" {
  api_id      = aws_apigatewayv2_api.chat.id
  name        = "prod"
  auto_deploy = true
}
