# errors: assert whose message is a short-circuit or conditional expression, caught and uncaught
def check(x, verbose):
    assert x > 0, (verbose and "x must be positive") or "bad x"
    return x

print(check(3, True))
try:
    check(-1, True)
except AssertionError as e:
    print("caught:", e)
try:
    check(-1, False)
except AssertionError as e:
    print("caught:", e)
y = 0
assert y, "zero" if y == 0 else "nonzero"
