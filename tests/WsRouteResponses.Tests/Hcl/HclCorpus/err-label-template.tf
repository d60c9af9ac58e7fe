resource "${x}" "y" {}
