v = <<EOT
hi ${x}
EOT
