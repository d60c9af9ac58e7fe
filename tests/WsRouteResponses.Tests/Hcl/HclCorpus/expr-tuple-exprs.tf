v = [a.b, f(c), d + 1]
