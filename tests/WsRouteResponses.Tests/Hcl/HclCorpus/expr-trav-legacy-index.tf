v = a.0
