resource "aws_apigatewayv2_integration" "sqs" {
  api_id             = aws_apigatewayv2_api.ws.id
  integration_type   = "AWS"
  integration_method = "POST"
  integration_uri    = "arn:aws:apigateway:${var.region}:sqs:path/${data.aws_caller_identity.current.account_id}/${aws_sqs_queue.q.name}"
  credentials_arn    = aws_iam_role.apigw.arn
  request_parameters = {
    "integration.request.header.Content-Type" = "'application/x-www-form-urlencoded'"
  }
  request_templates = {
    "$default" = templatefile("${path.module}/templates/sqs.vtl", { queue = aws_sqs_queue.q.url })
    "ping"     = file("${path.module}/templates/ping.vtl")
  }
  template_selection_expression = "\\$default"
}
