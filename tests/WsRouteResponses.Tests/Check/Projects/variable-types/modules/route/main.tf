variable "api_id" { type = string }
variable "route_response_selection_expression" {
  type    = string
  default = "$default"
}

resource "aws_apigatewayv2_integration" "this" {
  api_id           = var.api_id
  integration_type = "HTTP_PROXY"
  integration_method = "POST"
  integration_uri  = "https://example.com/notify"
}

resource "aws_apigatewayv2_route" "this" {
  api_id                              = var.api_id
  route_key                           = "notify"
  target                              = "integrations/${aws_apigatewayv2_integration.this.id}"
  route_response_selection_expression = var.route_response_selection_expression
}
