# errors: uncaught ValueError from int() on a non-numeric string
tokens = "10 20 x 40".split()
total = 0
for t in tokens:
    total += int(t)
    print("total so far", total)
print("unreachable")
