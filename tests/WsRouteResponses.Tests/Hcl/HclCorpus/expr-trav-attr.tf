v = var.region
