variable "routes" {
  type = map(object({
    function_name = string
    auth          = optional(bool, false)
  }))
  default = {
    "$connect"    = { function_name = "connect" }
    "$disconnect" = { function_name = "disconnect" }
    sendmessage   = { function_name = "send", auth = true }
  }
}

resource "aws_apigatewayv2_integration" "this" {
  for_each = var.routes

  api_id                    = aws_apigatewayv2_api.this.id
  integration_type          = "AWS_PROXY"
  integration_uri           = aws_lambda_function.this[each.key].invoke_arn
  content_handling_strategy = "CONVERT_TO_TEXT"
  passthrough_behavior      = "WHEN_NO_MATCH"
}

resource "aws_apigatewayv2_route" "this" {
  for_each = var.routes

  api_id             = aws_apigatewayv2_api.this.id
  route_key          = each.key
  authorization_type = each.value.auth ? "CUSTOM" : "NONE"
  authorizer_id      = each.value.auth ? aws_apigatewayv2_authorizer.this[0].id : null
  target             = "integrations/${aws_apigatewayv2_integration.this[each.key].id}"
}
