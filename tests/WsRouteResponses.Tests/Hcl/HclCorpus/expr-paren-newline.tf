v = (
 a
 +
 b
)
