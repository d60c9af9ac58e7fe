variable "api_id" { type = string }
variable "route_key" { type = string }
variable "response" {
  type    = string
  default = null
}

resource "aws_apigatewayv2_integration" "this" {
  api_id                        = var.api_id
  integration_type              = "MOCK"
  request_templates             = { "$default" = "{\"statusCode\": 200}" }
  template_selection_expression = "\\$default"
}

resource "aws_apigatewayv2_integration_response" "this" {
  count                    = var.response == null ? 0 : 1
  api_id                   = var.api_id
  integration_id           = aws_apigatewayv2_integration.this.id
  integration_response_key = "$default"
  response_templates       = { "$default" = var.response }
}

resource "aws_apigatewayv2_route" "this" {
  api_id                              = var.api_id
  route_key                           = var.route_key
  target                              = "integrations/${aws_apigatewayv2_integration.this.id}"
  route_response_selection_expression = "$default"
}

resource "aws_apigatewayv2_route_response" "this" {
  api_id             = var.api_id
  route_id           = aws_apigatewayv2_route.this.id
  route_response_key = "$default"
}
