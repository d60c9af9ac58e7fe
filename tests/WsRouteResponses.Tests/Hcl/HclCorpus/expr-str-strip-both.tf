v = "a ${~ b ~} c"
