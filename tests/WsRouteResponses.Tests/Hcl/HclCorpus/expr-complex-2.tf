v = coalesce(try(var.cfg.stage.name, null), "prod")
