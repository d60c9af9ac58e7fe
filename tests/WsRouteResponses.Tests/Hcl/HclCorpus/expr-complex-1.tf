v = length(var.routes) > 0 && var.enabled ? { for k, v in var.routes : k => v.arn } : {}
