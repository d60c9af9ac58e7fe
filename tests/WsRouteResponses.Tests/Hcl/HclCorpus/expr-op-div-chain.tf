v = a / b / c
