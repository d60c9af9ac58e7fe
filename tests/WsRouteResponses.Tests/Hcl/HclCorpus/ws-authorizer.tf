resource "aws_apigatewayv2_authorizer" "this" {
  count                      = var.authorizer_lambda_arn != "" ? 1 : 0
  api_id                     = aws_apigatewayv2_api.this.id
  authorizer_type            = "REQUEST"
  authorizer_uri             = "arn:aws:apigateway:${data.aws_region.current.name}:lambda:path/2015-03-31/functions/${var.authorizer_lambda_arn}/invocations"
  identity_sources           = ["route.request.header.Auth", "route.request.querystring.token"]
  name                       = "${local.name}-auth"
}
