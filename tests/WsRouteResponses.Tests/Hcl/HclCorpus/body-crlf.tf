a = 1
b = "x"
block {
  c = 2
}
