v = max(list...)
