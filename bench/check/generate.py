#!/usr/bin/env python3
"""Writes two equal Terraform projects for timing `wsrr check`: <out>/hcl, a root module calling a local
route module 30 times (10 routes each through for_each, so 300 routes, with integrations, responses and
route responses), and <out>/json, the same 300 routes as one main.tf.json. Usage: generate.py <out>"""
import json, os, sys

out = sys.argv[1]
calls, per_call = 30, 10
hcl, module = os.path.join(out, "hcl"), os.path.join(out, "hcl", "modules", "routes")
os.makedirs(module, exist_ok=True)
os.makedirs(os.path.join(out, "json"), exist_ok=True)

with open(os.path.join(hcl, "main.tf"), "w") as f:
    f.write('resource "aws_apigatewayv2_api" "chat" {\n  name = "chat"\n  protocol_type = "WEBSOCKET"\n'
            '  route_selection_expression = "$request.body.action"\n}\n\n'
            'resource "aws_apigatewayv2_stage" "prod" {\n  api_id = aws_apigatewayv2_api.chat.id\n  name = "prod"\n  auto_deploy = true\n}\n\n')
    for c in range(calls):
        keys = ", ".join(f'"r{c}_{i}"' for i in range(per_call))
        f.write(f'module "group{c}" {{\n  source = "./modules/routes"\n  api_id = aws_apigatewayv2_api.chat.id\n  keys = [{keys}]\n}}\n\n')
with open(os.path.join(module, "main.tf"), "w") as f:
    f.write('''variable "api_id" { type = string }
variable "keys" { type = list(string) }

resource "aws_apigatewayv2_integration" "this" {
  for_each                      = toset(var.keys)
  api_id                        = var.api_id
  integration_type              = "MOCK"
  request_templates             = { "$default" = jsonencode({ statusCode = 200 }) }
  template_selection_expression = "\\\\$default"
}

resource "aws_apigatewayv2_integration_response" "this" {
  for_each                 = toset(var.keys)
  api_id                   = var.api_id
  integration_id           = aws_apigatewayv2_integration.this[each.key].id
  integration_response_key = "$default"
  response_templates       = { "$default" = jsonencode({ route = each.key }) }
}

resource "aws_apigatewayv2_route" "this" {
  for_each                            = toset(var.keys)
  api_id                              = var.api_id
  route_key                           = each.key
  target                              = "integrations/${aws_apigatewayv2_integration.this[each.key].id}"
  route_response_selection_expression = "$default"
}

resource "aws_apigatewayv2_route_response" "this" {
  for_each           = aws_apigatewayv2_route.this
  api_id             = var.api_id
  route_id           = each.value.id
  route_response_key = "$default"
}
''')

api = "${aws_apigatewayv2_api.chat.id}"
resources = {"aws_apigatewayv2_api": {"chat": {"name": "chat", "protocol_type": "WEBSOCKET", "route_selection_expression": "$request.body.action"}},
             "aws_apigatewayv2_stage": {"prod": {"api_id": api, "name": "prod", "auto_deploy": True}},
             "aws_apigatewayv2_integration": {}, "aws_apigatewayv2_integration_response": {}, "aws_apigatewayv2_route": {}, "aws_apigatewayv2_route_response": {}}
for c in range(calls):
    for i in range(per_call):
        k = f"r{c}_{i}"
        resources["aws_apigatewayv2_integration"][k] = {"api_id": api, "integration_type": "MOCK", "request_templates": {"$default": "{\"statusCode\":200}"}, "template_selection_expression": "\\$default"}
        resources["aws_apigatewayv2_integration_response"][k] = {"api_id": api, "integration_id": f"${{aws_apigatewayv2_integration.{k}.id}}", "integration_response_key": "$default", "response_templates": {"$default": json.dumps({"route": k}, separators=(",", ":"))}}
        resources["aws_apigatewayv2_route"][k] = {"api_id": api, "route_key": k, "target": f"integrations/${{aws_apigatewayv2_integration.{k}.id}}", "route_response_selection_expression": "$default"}
        resources["aws_apigatewayv2_route_response"][k] = {"api_id": api, "route_id": f"${{aws_apigatewayv2_route.{k}.id}}", "route_response_key": "$default"}
with open(os.path.join(out, "json", "main.tf.json"), "w") as f:
    json.dump({"resource": resources}, f, indent=1)
