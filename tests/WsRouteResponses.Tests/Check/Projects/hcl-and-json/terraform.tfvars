stage_name = "live"
ping_key   = "$ping"
