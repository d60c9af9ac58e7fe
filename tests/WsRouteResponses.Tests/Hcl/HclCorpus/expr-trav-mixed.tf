v = a.b[0].c["d"].e
