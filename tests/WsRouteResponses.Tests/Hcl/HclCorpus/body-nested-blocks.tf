resource "aws_apigatewayv2_stage" "s" {
  default_route_settings {
    throttling_burst_limit = 10
    throttling_rate_limit  = 20
  }
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.l.arn
    format          = jsonencode({ requestId = "$context.requestId" })
  }
}
