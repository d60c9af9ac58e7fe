locals {
  name   = "${var.project}-${terraform.workspace}"
  routes = { for r in var.route_list : r.key => r if r.enabled }
  keys   = [for k, v in local.routes : upper(k)]
  grouped = { for r in var.route_list : r.stage => r.key... }
  first  = length(local.keys) > 0 ? local.keys[0] : null
  arns   = aws_lambda_function.handlers[*].arn
  names  = values(aws_lambda_function.by_name)[*].function_name
  legacy = aws_instance.web.*.id
}
