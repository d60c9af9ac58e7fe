# Values Terraform refuses, or that would make a reader hang: each is a note naming where, and the
# check goes on with the rest.
resource "terraform_data" "words" { count = "abc" }
resource "terraform_data" "negative" { count = -1 }
resource "terraform_data" "fraction" { count = 1.5 }
resource "terraform_data" "huge" { count = 100000000 }
resource "terraform_data" "number" { for_each = 5 }
resource "terraform_data" "large" { input = 1e300 }
resource "terraform_data" "missing" { input = file("${path.module}/missing.txt") }
resource "terraform_data" "template" { input = templatefile("${path.module}/self.tftpl", {}) }
resource "terraform_data" "blocks" {
  dynamic "setting" {
    for_each = 5
    content {}
  }
}
module "again" {
  source = "./"
}
