v = { "${var.p}-x" = 1 }
