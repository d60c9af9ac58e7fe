v = a.*.b.c
