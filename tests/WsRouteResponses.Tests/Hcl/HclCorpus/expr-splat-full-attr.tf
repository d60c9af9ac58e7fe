v = a[*].b
