v = aws_apigatewayv2_api.ws.id
