v = aws_lambda_function.this[each.key].arn
