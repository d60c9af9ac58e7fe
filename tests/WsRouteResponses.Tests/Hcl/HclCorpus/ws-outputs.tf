output "websocket_url" {
  value       = aws_apigatewayv2_stage.prod.invoke_url
  description = "wss:// URL"
}

output "connections_url" {
  value     = "https://${aws_apigatewayv2_api.ws.id}.execute-api.${var.region}.amazonaws.com/${var.stage}/@connections"
  sensitive = true
}
