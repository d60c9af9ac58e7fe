v = format("%s-%s", a, b)
