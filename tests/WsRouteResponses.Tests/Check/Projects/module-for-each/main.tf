variable "routes" {
  type = map(object({ response = optional(string) }))
  default = {
    ping        = { response = "{\"pong\": true}" }
    sendmessage = { response = null }
  }
}
locals { stage = "prod" }
provider "aws" { region = "eu-west-1" }
module "chat" {
  source = "./modules/ws"
  name   = "chat"
  routes = var.routes
  stage  = local.stage
}
