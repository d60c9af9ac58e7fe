variable "stage_name" { type = string }
variable "function_arn" { type = string }
variable "function_name" { type = string }
variable "routes" { type = list(string) }

resource "aws_apigatewayv2_api" "this" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_integration" "lambda" {
  api_id             = aws_apigatewayv2_api.this.id
  integration_type   = "AWS_PROXY"
  integration_method = "POST"
  integration_uri    = var.function_arn
}

resource "aws_apigatewayv2_route" "this" {
  for_each                            = toset(var.routes)
  api_id                              = aws_apigatewayv2_api.this.id
  route_key                           = each.value
  target                              = "integrations/${aws_apigatewayv2_integration.lambda.id}"
  route_response_selection_expression = "$default"
}

resource "aws_apigatewayv2_route_response" "this" {
  for_each           = aws_apigatewayv2_route.this
  api_id             = aws_apigatewayv2_api.this.id
  route_id           = each.value.id
  route_response_key = "$default"
}

resource "aws_lambda_permission" "apigateway" {
  statement_id  = "AllowWebSocket"
  action        = "lambda:InvokeFunction"
  function_name = var.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.this.execution_arn}/*/*"
}

resource "aws_apigatewayv2_stage" "this" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = var.stage_name
  auto_deploy = true
}
