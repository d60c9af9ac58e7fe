v = list(string)
