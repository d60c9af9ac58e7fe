v = [1, "a", true, null]
