# misc: assert statements with message expressions, evaluated only when the assertion fails
calls = []
def message(text):
    calls.append(text)
    return text

def check_positive(n):
    assert n > 0, message("not positive: " + str(n))
    return n

print(check_positive(3))
print(calls)
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)
print(calls)

try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)

try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("list message:", e.args[0], type(e.args[0]).__name__)

try:
    assert 1 == 2, 42
except AssertionError as e:
    print("int message:", e, e.args)

def validate(items):
    for i, item in enumerate(items):
        assert isinstance(item, int), "item %d is %s" % (i, type(item).__name__)
        assert item >= 0, f"item {i} negative: {item}"
    return sum(items)

for data in [[1, 2, 3], [1, "x"], [4, -5, 6]]:
    try:
        print(validate(data))
    except AssertionError as e:
        print("invalid:", e)

assert len((1, 2)) == 2, "tuple length"
x = 5
assert x == 5 and x < 10
print("asserts passed")
assert x % 5 == 0, "x must be a multiple of 5, got " + str(x)
print("done")
