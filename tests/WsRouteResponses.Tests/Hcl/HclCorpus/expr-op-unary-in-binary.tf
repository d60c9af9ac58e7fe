v = -a * -b
