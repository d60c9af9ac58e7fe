resource "a\"b" "c\\d" {
}
