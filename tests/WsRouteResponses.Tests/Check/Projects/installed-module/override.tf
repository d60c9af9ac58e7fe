module "chat" {
  routes = { ping = "{\"pong\": true}" }
}
