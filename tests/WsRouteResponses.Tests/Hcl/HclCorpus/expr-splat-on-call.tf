v = values(m)[*].id
