print("running broken")
x = 1 / 0
