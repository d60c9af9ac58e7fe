v = f(
  a,
  b
)
