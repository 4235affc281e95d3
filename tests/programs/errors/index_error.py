# errors: uncaught IndexError 'list index out of range' after some output
items = [1, 2, 3]
total = 0
for i in range(len(items)):
    total += items[i]
    print("running total", total)
print("about to fail")
print(items[len(items)])
print("never printed")
