v = 1e3
