v = a.*
