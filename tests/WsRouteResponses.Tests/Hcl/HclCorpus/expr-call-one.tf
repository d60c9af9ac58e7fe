v = upper(a)
