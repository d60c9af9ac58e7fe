resource "aws_apigatewayv2_api" "ws" {
  name = "chat"
  protocol_type = "WEBSOCKET"
}
