v = !!a
