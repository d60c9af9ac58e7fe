# A Terraform project as many are written: the function's code zipped by data "archive_file" from
# source_dir, the WebSocket API in a local module that gets the function from the root.
variable "stage_name" { default = "dev" }

data "archive_file" "handler" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/build/handler.zip"
}

resource "aws_lambda_function" "handler" {
  function_name    = "chat-handler"
  role             = "arn:aws:iam::123456789012:role/chat"
  runtime          = "nodejs20.x"
  handler          = "index.handler"
  filename         = data.archive_file.handler.output_path
  source_code_hash = data.archive_file.handler.output_base64sha256
  environment {
    variables = { GREETING = "hello from ${var.stage_name}" }
  }
}

module "chat" {
  source        = "./modules/websocket"
  stage_name    = var.stage_name
  function_arn  = aws_lambda_function.handler.invoke_arn
  function_name = aws_lambda_function.handler.function_name
  routes        = ["sendmessage", "$default"]
}
