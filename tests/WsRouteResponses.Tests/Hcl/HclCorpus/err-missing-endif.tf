a = "%{if b}x"
