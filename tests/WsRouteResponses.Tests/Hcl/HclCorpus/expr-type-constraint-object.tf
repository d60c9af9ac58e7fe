v = object({ a = string })
