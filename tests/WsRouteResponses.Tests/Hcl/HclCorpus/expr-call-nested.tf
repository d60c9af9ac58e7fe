v = jsonencode(merge(a, { b = c }))
