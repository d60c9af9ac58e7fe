v = <<EOT
hello
world
EOT
