v = <<-EOT
    %{~ if a ~}
    yes
    %{~ endif ~}
    EOT
