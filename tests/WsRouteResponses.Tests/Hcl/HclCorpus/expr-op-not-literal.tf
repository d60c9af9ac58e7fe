v = !true
