# errors: uncaught AssertionError without a message
values = [3, 2, 1]
print(values)
assert values == sorted(values)
