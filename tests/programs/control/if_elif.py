# control: if/elif/else chains, truthiness of values and short-circuit and/or
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 3, 10, 99, 100, 10 ** 20]:
    print(v, classify(v))
for v in [0, 1, "", "a", [], [0], {}, {"k": 0}, None, 0.0, -0.0, 0.1, (), (None,), set()]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
print(0 or "default", "" or None, 5 and 6, 0 and 6, None or 0 or [], 1 and 2 and 3)
print(not None, not "x", (1 and 0) or "z")
calls = []
def mark(x):
    calls.append(x)
    return x
r = mark(0) and mark(1)
r2 = mark(2) or mark(3)
r3 = mark(0) or mark("") or mark(4)
print(r, r2, r3, calls)
x = 15
if x > 10:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x == 15: print("one-liner")
if x < 0:
    pass
else:
    print("else branch")
