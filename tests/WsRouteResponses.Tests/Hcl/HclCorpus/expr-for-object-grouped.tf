v = {for x in xs : x.k => x...}
