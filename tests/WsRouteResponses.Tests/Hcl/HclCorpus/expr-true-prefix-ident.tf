v = trueish
