thing "a" b "c" {
}
