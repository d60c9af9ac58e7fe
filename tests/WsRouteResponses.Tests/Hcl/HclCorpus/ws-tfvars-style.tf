region     = "eu-central-1"
stage_name = "dev"
routes = {
  "$connect"  = { function_name = "on-connect" }
  sendmessage = { function_name = "send-message", auth = true }
}
tags = {
  Team = "chat"
  "cost-center" = 42
}
