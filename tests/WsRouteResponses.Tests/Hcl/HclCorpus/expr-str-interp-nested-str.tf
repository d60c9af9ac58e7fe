v = "${"inner ${x}"}"
