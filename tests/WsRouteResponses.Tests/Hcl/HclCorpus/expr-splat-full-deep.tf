v = a[*].b.c
