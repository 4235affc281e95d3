# errors: a bare raise with no exception being handled raises RuntimeError
def helper():
    raise

try:
    raise KeyError("handled")
except KeyError:
    print("handled it")
print("now nothing is being handled")
helper()
