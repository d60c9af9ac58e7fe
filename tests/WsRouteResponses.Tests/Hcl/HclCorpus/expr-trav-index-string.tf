v = a["k"]
