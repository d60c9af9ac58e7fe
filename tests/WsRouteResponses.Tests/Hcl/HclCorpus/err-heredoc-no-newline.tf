a = <<EOT abc
EOT
