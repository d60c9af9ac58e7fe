# One module call per route in HCL, and more in a .tf.json file beside it (a generator's output): Terraform reads both.
variable "stage_name" {}
variable "ping_key" { default = "ping" }

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

module "ping" {
  source    = "./modules/route"
  api_id    = aws_apigatewayv2_api.chat.id
  route_key = var.ping_key
  response  = jsonencode({ pong = true })
}

module "echo" {
  source    = "./modules/route"
  api_id    = aws_apigatewayv2_api.chat.id
  route_key = "echo"
}

resource "aws_apigatewayv2_stage" "main" {
  api_id      = aws_apigatewayv2_api.chat.id
  name        = var.stage_name
  auto_deploy = true
}
