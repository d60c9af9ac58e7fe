v = a[b[c]]
