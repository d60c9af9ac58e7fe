v = a.0.b
