resource "x" "y" {
  lifecycle { create_before_destroy = true }
  timeouts {}
}
