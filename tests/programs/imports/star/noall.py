public_b = "B"
_private = "P"
