v = f(a, b,)
