v = trimspace(<<EOT
 x 
EOT
)
