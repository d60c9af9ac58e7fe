v = try(var.a.b, null)
