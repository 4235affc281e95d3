# args: TypeError messages for missing positional and keyword-only arguments
def one(a):
    return a
def three(a, b, c):
    return a + b + c
def with_kw(a, *, key, other):
    return a

class Box:
    def put(self, item, count):
        return item * count

cases = [
    lambda: one(),
    lambda: three(1),
    lambda: three(1, 2),
    lambda: three(),
    lambda: three(c=3),
    lambda: with_kw(1),
    lambda: with_kw(1, key=2),
    lambda: with_kw(),
    lambda: Box().put(),
    lambda: Box().put("x"),
    lambda: Box.put(),
    lambda: (lambda q, r: q)(),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
print(Box().put("ab", 3))
