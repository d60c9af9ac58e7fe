v = "hi ${name}!"
