variable "name" { type = string }
variable "routes" { type = map(string) }

resource "aws_apigatewayv2_api" "this" {
  name                       = var.name
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_integration" "this" {
  for_each                      = var.routes
  api_id                        = aws_apigatewayv2_api.this.id
  integration_type              = "MOCK"
  request_templates             = { "$default" = "{\"statusCode\": 200}" }
  template_selection_expression = "\\$default"
}

resource "aws_apigatewayv2_integration_response" "this" {
  for_each                 = { for k, v in var.routes : k => v if v != null }
  api_id                   = aws_apigatewayv2_api.this.id
  integration_id           = aws_apigatewayv2_integration.this[each.key].id
  integration_response_key = "$default"
  response_templates       = { "$default" = each.value }
}

resource "aws_apigatewayv2_route" "this" {
  for_each                            = var.routes
  api_id                              = aws_apigatewayv2_api.this.id
  route_key                           = each.key
  target                              = "integrations/${aws_apigatewayv2_integration.this[each.key].id}"
  route_response_selection_expression = "$default"
}

resource "aws_apigatewayv2_route_response" "this" {
  for_each           = aws_apigatewayv2_route.this
  api_id             = aws_apigatewayv2_api.this.id
  route_id           = each.value.id
  route_response_key = "$default"
}
