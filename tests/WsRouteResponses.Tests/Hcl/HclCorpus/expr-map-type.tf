v = map(number)
