resource "x" "a" {
  v = 1
}
resource "x" "b" {
  v = 2
}
resource "y" "a" {
}
