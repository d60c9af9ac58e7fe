v = a || b && c
