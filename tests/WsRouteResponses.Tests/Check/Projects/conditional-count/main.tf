# One module for HTTP and WebSocket APIs: the WebSocket parts exist only when asked for.
variable "websocket" { default = true }
variable "extra_routes" {
  type = bool
  # no default and no tfvars: known only when Terraform is given it
}

resource "aws_apigatewayv2_api" "ws" {
  count                      = var.websocket ? 1 : 0
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_api" "http" {
  count         = var.websocket ? 0 : 1
  name          = "chat-http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_route" "extra" {
  count     = var.extra_routes ? 1 : 0
  api_id    = aws_apigatewayv2_api.ws[0].id
  route_key = "$connect"
}

resource "aws_apigatewayv2_route" "other" {
  api_id    = aws_apigatewayv2_api.ws[0].id
  route_key = "$connect"
}
