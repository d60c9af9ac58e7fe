v = a.*.b
