v = !a
