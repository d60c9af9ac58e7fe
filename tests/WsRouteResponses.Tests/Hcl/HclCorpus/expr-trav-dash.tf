v = var.my-var
