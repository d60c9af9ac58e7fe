v = f(x)[k]
