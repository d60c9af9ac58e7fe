locals { routes = toset(["ping", "echo"]) }

resource "aws_apigatewayv2_api" "this" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_integration" "mock" {
  for_each                      = local.routes
  api_id                        = aws_apigatewayv2_api.this.id
  integration_type              = "MOCK"
  request_templates             = { "$default" = "{\"statusCode\": 200}" }
  template_selection_expression = "\\$default"
}

resource "aws_apigatewayv2_integration_response" "mock" {
  for_each                 = local.routes
  api_id                   = aws_apigatewayv2_api.this.id
  integration_id           = aws_apigatewayv2_integration.mock[each.key].id
  integration_response_key = "$default"
  response_templates       = { "$default" = "{\"route\": \"${each.key}\"}" }
}

resource "aws_apigatewayv2_route" "this" {
  for_each                            = local.routes
  api_id                              = aws_apigatewayv2_api.this.id
  route_key                           = each.key
  target                              = "integrations/${aws_apigatewayv2_integration.mock[each.key].id}"
  route_response_selection_expression = var.selection
}

resource "aws_apigatewayv2_route_response" "this" {
  for_each           = aws_apigatewayv2_route.this
  api_id             = aws_apigatewayv2_api.this.id
  route_id           = each.value.id
  route_response_key = "$default"
}

resource "aws_apigatewayv2_deployment" "this" {
  api_id = aws_apigatewayv2_api.this.id
  triggers = {
    redeployment = sha1(jsonencode([aws_apigatewayv2_route.this, aws_apigatewayv2_integration.mock, aws_apigatewayv2_integration_response.mock, aws_apigatewayv2_route_response.this]))
  }
}

resource "aws_apigatewayv2_stage" "prod" {
  api_id        = aws_apigatewayv2_api.this.id
  name          = "prod"
  deployment_id = aws_apigatewayv2_deployment.this.id
}
