v = timestamp()
