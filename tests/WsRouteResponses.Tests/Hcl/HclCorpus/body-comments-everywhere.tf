# leading
a = 1 # trailing
b = 2 // trailing
/* block */ c = 3
d = /* inline */ 4
block {
  # inside
  e = 5
}
