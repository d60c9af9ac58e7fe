moved {
  from = aws_apigatewayv2_route.connect
  to   = aws_apigatewayv2_route.this["$connect"]
}

import {
  to = aws_apigatewayv2_api.ws
  id = "a1b2c3"
}

check "health" {
  assert {
    condition     = aws_apigatewayv2_api.ws.api_endpoint != ""
    error_message = "No endpoint."
  }
}
