# errors: uncaught AssertionError with a message
def checked_sqrt(x):
    assert x >= 0, "negative input: " + str(x)
    return x ** 0.5

print(checked_sqrt(16))
print(checked_sqrt(2))
print(checked_sqrt(-4))
