# exceptions: assert with and without messages, caught as AssertionError
def check(x):
    assert x > 0
    assert x < 100, "too big: " + str(x)
    return x

for v in [5, -1, 500, 99]:
    try:
        print("ok", check(v))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args, str(e))
assert True
assert 1 == 1, "never"
assert [1], "non-empty list is true"
try:
    assert [], "empty list"
except AssertionError as e:
    print(e)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
print("end")
