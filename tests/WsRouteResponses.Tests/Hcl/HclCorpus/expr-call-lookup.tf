v = lookup(var.m, "k", 1)
