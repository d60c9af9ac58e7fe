my-attr = 1
resource "x" "y" {
  some-key = var.some-var
}
