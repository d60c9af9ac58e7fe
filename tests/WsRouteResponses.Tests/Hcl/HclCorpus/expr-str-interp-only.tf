v = "${var.x}"
