# with: __exit__ returning True suppresses the exception; the exception details are passed to __exit__
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: no exception")
            return False
        print("  exit got", exc_type.__name__, repr(exc), tb is not None)
        if issubclass(exc_type, self.types):
            self.caught.append(str(exc))
            return True
        return False

s = Suppress(KeyError, ZeroDivisionError)
with s:
    print("before error")
    {}["missing"]
    print("not reached")
print("continued after suppressed KeyError")
with s:
    1 / 0
with s:
    print("fine")
print(s.caught)

try:
    with Suppress(KeyError):
        int("nope")
except ValueError as e:
    print("ValueError escaped:", e)

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "non-empty string counts as true"

with Truthy():
    raise RuntimeError("swallowed")
print("truthy return value suppressed it")

class ReturnsNone:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return None
try:
    with ReturnsNone():
        raise IndexError("kept")
except IndexError as e:
    print("IndexError kept:", e)

def first_int(items):
    for item in items:
        with Suppress(ValueError):
            return int(item)
    return None
print(first_int(["a", "b", "42", "7"]), first_int(["x"]))

count = 0
for i in range(5):
    with Suppress(ZeroDivisionError):
        count += 10 // (i % 2)
print("count", count)
