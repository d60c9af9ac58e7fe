resource "aws_apigatewayv2_api" "chat" {
  name = "chat"
  protocol_type = 
}
