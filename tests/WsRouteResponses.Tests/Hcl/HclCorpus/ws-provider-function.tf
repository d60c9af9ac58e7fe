locals {
  parsed = provider::aws::arn_parse(aws_lambda_function.f.arn)
  region = provider::aws::arn_parse(var.arn).region
}
