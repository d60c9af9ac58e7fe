v = [for x in [for y in ys : y * 2] : x + 1]
