resource "aws_iam_role_policy" "manage_connections" {
  role   = aws_iam_role.lambda.id
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": ["execute-api:ManageConnections"],
    "Resource": "${aws_apigatewayv2_api.ws.execution_arn}/*"
  }]
}
EOF
}
