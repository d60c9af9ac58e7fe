v = <<-EOT
    a ${x}
    ${y} b
  EOT
