# A registry module, as terraform init installs it (.terraform/modules/modules.json names its folder; this
# fixture keeps it in vendor/ so no hidden folder is needed), and an override file that changes a route.
module "chat" {
  source  = "example/websocket-api/aws"
  version = "~> 1.0"
  name    = "chat"
  routes  = { ping = "{\"pong\": true}", echo = null }
}

module "missing" {
  source = "example/not-installed/aws"
}
