v = {for k, v in m : upper(k) => v if v.enabled}
