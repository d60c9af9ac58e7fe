v = a[b].c.d
