resource "x" "y" { count = 2 }
