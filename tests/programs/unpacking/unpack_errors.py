# unpacking: ValueError and TypeError messages for mismatched unpacking
cases = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b, c in [(1, 2)]],
    lambda: [a for a, *b, c in [(1,)]],
    lambda: [a for a, b in [1]],
    lambda: [a for a, b in ["abc"]],
    lambda: [a for (a, b), c in [((1,), 2)]],
    lambda: [a for a, b in [{}]],
    lambda: [a for a, b in [range(10)]],
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "ok")
    except (ValueError, TypeError) as e:
        print(i, type(e).__name__ + ":", e)

def unpack_gen():
    def gen():
        yield 1
        yield 2
        yield 3
    x, y = gen()
try:
    unpack_gen()
except ValueError as e:
    print("generator:", e)

def partial_assign():
    x = "before"
    y = "before"
    try:
        x, y = [1, 2, 3]
    except ValueError:
        pass
    return x, y
print(partial_assign())

try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
a, b = "hi"
print(a, b)
