v = "a\nb\tc\"d\\e\r"
