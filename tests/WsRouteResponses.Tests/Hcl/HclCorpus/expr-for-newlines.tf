v = [
  for x in xs :
  x
  if x
]
