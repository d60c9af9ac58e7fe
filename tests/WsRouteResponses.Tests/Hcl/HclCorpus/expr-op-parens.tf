v = (a + b) * c
