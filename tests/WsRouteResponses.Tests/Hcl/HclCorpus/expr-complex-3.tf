v = join(",", [for r in sort(keys(var.routes)) : "\"${r}\""])
