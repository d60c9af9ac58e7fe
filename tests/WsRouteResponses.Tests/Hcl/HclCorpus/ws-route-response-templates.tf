resource "aws_apigatewayv2_integration" "mock" {
  api_id           = aws_apigatewayv2_api.ws.id
  integration_type = "MOCK"
  request_templates = {
    "200" = jsonencode({ statusCode = 200 })
  }
  template_selection_expression = "200"
}

resource "aws_apigatewayv2_integration_response" "mock" {
  api_id                   = aws_apigatewayv2_api.ws.id
  integration_id           = aws_apigatewayv2_integration.mock.id
  integration_response_key = "/200/"
  response_templates = {
    "$default" = <<-EOT
      #set($body = $input.json('$'))
      {"action": "echo", "body": $body}
    EOT
  }
}

resource "aws_apigatewayv2_route_response" "echo" {
  api_id             = aws_apigatewayv2_api.ws.id
  route_id           = aws_apigatewayv2_route.echo.id
  route_response_key = "$default"
}
