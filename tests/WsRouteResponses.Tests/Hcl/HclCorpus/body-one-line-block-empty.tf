lifecycle {}
