v = element(concat(aws_x.y.*.id, [""]), 0)
