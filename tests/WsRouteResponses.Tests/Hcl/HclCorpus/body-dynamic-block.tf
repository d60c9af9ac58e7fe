resource "aws_apigatewayv2_stage" "this" {
  api_id = aws_apigatewayv2_api.this.id
  name   = var.stage_name

  dynamic "route_settings" {
    for_each = var.route_settings
    content {
      route_key              = route_settings.key
      throttling_burst_limit = lookup(route_settings.value, "burst", null)
      throttling_rate_limit  = try(route_settings.value.rate, 100)
    }
  }

  dynamic "access_log_settings" {
    for_each = var.log_group_arn == null ? [] : [var.log_group_arn]
    iterator = log
    content {
      destination_arn = log.value
      format          = jsonencode(var.log_format)
    }
  }
}
