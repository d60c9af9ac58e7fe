module "routes" {
  source   = "./modules/route"
  for_each = toset(["$connect", "$disconnect", "$default", "sendmessage"])

  api_id        = aws_apigatewayv2_api.ws.id
  route_key     = each.value
  lambda_arn    = module.handler.lambda_arn
  depends_on    = [aws_apigatewayv2_api.ws]
}

module "handler" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "7.2.1"

  function_name = "${local.name}-handler"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  source_path   = "${path.module}/src"
}

output "route_ids" {
  value = { for k, m in module.routes : k => m.route_id }
}
