v = can(regex("^x", var.s))
