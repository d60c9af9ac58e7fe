v = a ? b : c
