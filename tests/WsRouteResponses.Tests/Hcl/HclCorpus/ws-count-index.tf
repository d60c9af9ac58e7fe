resource "aws_apigatewayv2_route" "r" {
  count     = length(var.route_keys)
  api_id    = aws_apigatewayv2_api.ws.id
  route_key = var.route_keys[count.index]
  target    = "integrations/${element(aws_apigatewayv2_integration.i.*.id, count.index)}"
}
