resource "aws_apigatewayv2_api" "this" {
  count = var.create && var.protocol == "WEBSOCKET" ? 1 : 0

  name                         = var.name
  protocol_type                = var.protocol
  route_selection_expression   = var.protocol == "WEBSOCKET" ? var.route_selection_expression : null
  api_key_selection_expression = var.api_key_selection_expression
}

resource "aws_apigatewayv2_deployment" "this" {
  count  = var.create && var.deploy ? 1 : 0
  api_id = try(aws_apigatewayv2_api.this[0].id, "")

  triggers = {
    redeployment = sha1(jsonencode([
      aws_apigatewayv2_route.this,
      aws_apigatewayv2_integration.this,
    ]))
  }

  lifecycle {
    create_before_destroy = true
  }
}
