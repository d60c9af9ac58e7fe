a = provider::aws::x
