v = a - b - c
