v = <<JSON
{"a": "${var.a}"}
JSON
