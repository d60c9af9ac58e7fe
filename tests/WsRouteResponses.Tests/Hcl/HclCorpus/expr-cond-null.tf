v = var.x == null ? "default" : var.x
