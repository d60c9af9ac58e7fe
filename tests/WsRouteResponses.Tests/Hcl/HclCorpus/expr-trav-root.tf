v = var
