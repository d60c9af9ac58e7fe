v = f(x).y
