variable "name" {}
variable "routes" {}
variable "stage" { default = "dev" }
resource "aws_apigatewayv2_api" "this" {
  name                       = var.name
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}
resource "aws_apigatewayv2_integration" "this" {
  for_each           = var.routes
  api_id             = aws_apigatewayv2_api.this.id
  integration_type   = "MOCK"
  request_templates  = { "$default" = jsonencode({ statusCode = 200 }) }
  template_selection_expression = "\\$default"
}
resource "aws_apigatewayv2_integration_response" "this" {
  for_each                 = { for k, v in var.routes : k => v if v.response != null }
  api_id                   = aws_apigatewayv2_api.this.id
  integration_id           = aws_apigatewayv2_integration.this[each.key].id
  integration_response_key = "$default"
  response_templates       = { "$default" = each.value.response }
}
resource "aws_apigatewayv2_route" "this" {
  for_each  = var.routes
  api_id    = aws_apigatewayv2_api.this.id
  route_key = each.key
  target    = "integrations/${aws_apigatewayv2_integration.this[each.key].id}"
  route_response_selection_expression = "$default"
}
resource "aws_apigatewayv2_route_response" "this" {
  for_each           = var.routes
  api_id             = aws_apigatewayv2_api.this.id
  route_id           = aws_apigatewayv2_route.this[each.key].id
  route_response_key = "$default"
}
resource "aws_apigatewayv2_stage" "this" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = var.stage
  auto_deploy = true
  dynamic "default_route_settings" {
    for_each = [1]
    content {
      throttling_rate_limit  = 100
      throttling_burst_limit = 50
    }
  }
}
output "execution_arn" { value = aws_apigatewayv2_api.this.execution_arn }
