# Values converted to their declared types, as Terraform converts them: a list default of a set(string)
# for for_each, an object's missing optional() attribute (null), a null input to a nullable variable.
variable "routes" {
  type    = set(string)
  default = ["ping", "sendmessage"]
}

variable "responses" {
  type = map(object({ template = optional(string), key = optional(string, "$default") }))
  default = {
    ping        = { template = "{\"pong\": true}" }
    sendmessage = {}
  }
}

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_integration" "mock" {
  for_each                      = var.routes
  api_id                        = aws_apigatewayv2_api.chat.id
  integration_type              = "MOCK"
  request_templates             = { "$default" = "{\"statusCode\": 200}" }
  template_selection_expression = "\\$default"
}

resource "aws_apigatewayv2_integration_response" "mock" {
  for_each                 = { for k, v in var.responses : k => v if v.template != null }
  api_id                   = aws_apigatewayv2_api.chat.id
  integration_id           = aws_apigatewayv2_integration.mock[each.key].id
  integration_response_key = each.value.key
  response_templates       = { "$default" = each.value.template }
}

resource "aws_apigatewayv2_route" "this" {
  for_each                            = var.routes
  api_id                              = aws_apigatewayv2_api.chat.id
  route_key                           = each.key
  target                              = "integrations/${aws_apigatewayv2_integration.mock[each.key].id}"
  route_response_selection_expression = "$default"
}

resource "aws_apigatewayv2_route_response" "this" {
  for_each           = var.routes
  api_id             = aws_apigatewayv2_api.chat.id
  route_id           = aws_apigatewayv2_route.this[each.key].id
  route_response_key = "$default"
}

module "notify" {
  source = "./modules/route"
  api_id = aws_apigatewayv2_api.chat.id
  # one-way: a null input keeps the variable null (its default is "$default")
  route_response_selection_expression = null
}
