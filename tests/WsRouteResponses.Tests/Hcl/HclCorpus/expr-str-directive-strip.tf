v = "%{~ if a ~} x %{~ else ~} y %{~ endif ~}"
