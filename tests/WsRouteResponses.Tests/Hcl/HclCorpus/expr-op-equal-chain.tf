v = a == b == c
