variable "api_id" { type = string }
variable "route_key" { type = string }
variable "lambda_arn" { type = string }

resource "aws_apigatewayv2_integration" "this" {
  api_id           = var.api_id
  integration_type = "AWS_PROXY"
  integration_uri  = var.lambda_arn
}

resource "aws_apigatewayv2_route" "this" {
  api_id    = var.api_id
  route_key = var.route_key
  target    = "integrations/${aws_apigatewayv2_integration.this.id}"
  route_response_selection_expression = var.route_key == "$connect" ? null : "$default"
}

output "route_id" { value = aws_apigatewayv2_route.this.id }
