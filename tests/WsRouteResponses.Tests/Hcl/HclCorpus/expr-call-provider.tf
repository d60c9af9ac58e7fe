v = provider::aws::arn_parse(x)
