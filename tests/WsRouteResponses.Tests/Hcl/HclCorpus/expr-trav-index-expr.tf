v = a[var.i]
