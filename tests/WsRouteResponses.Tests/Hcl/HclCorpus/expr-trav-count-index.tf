v = aws_x.y[count.index].id
