café = "crème"
