v = <<EOT
  a
  EOT
