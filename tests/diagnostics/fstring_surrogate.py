# A lone surrogate escape in an f-string.
name = "x"
print(f"{name}\udc80")
