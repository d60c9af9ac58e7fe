v = concat(a, b...)
