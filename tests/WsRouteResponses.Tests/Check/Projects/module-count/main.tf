# A module under count, whose deployment's triggers hash whole for_each resources, and a variable declared
# in a .tf.json file with nullable = false: a null input takes its default. No finding expected.
module "chat" {
  source             = "./modules/chat"
  count              = 1
  selection          = null
}
