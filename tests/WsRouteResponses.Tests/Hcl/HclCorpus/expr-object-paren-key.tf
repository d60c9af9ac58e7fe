v = { (var.k) = 1 }
