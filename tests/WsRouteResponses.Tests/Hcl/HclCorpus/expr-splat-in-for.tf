v = [for x in a[*].b : x]
