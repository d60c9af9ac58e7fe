v = <<EOT
%{ for r in routes ~}
route ${r}
%{ endfor ~}
EOT
