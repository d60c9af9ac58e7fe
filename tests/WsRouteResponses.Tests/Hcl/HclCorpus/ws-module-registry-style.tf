module "api_gateway" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "~> 5.0"

  name                       = "ws-${var.env}"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
  create_domain_name         = false

  routes = {
    "$connect" = {
      operation_name = "ConnectRoute"
      integration = {
        uri = module.lambda_connect.lambda_function_invoke_arn
      }
    }
    "$default" = {
      integration = {
        uri                       = module.lambda_default.lambda_function_invoke_arn
        content_handling_strategy = "CONVERT_TO_TEXT"
        passthrough_behavior      = "WHEN_NO_MATCH"
        request_templates = {
          "$default" = "{ \"action\": \"$input.path('$.action')\" }"
        }
      }
    }
  }

  stage_default_route_settings = {
    throttling_burst_limit = 100
    throttling_rate_limit  = 100
  }
}
