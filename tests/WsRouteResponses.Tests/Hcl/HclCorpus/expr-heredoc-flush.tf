v = <<-EOT
    a
      b
    c
  EOT
