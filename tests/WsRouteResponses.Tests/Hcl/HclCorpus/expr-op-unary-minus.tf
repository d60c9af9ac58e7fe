v = -a
