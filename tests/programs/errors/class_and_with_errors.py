class A:
    def m(self, x): return x
    @staticmethod
    def s(): return 1
a = A()
for thunk in [lambda: a.m(), lambda: a.m(1, 2), lambda: A.m(1), lambda: a.nope, lambda: A.nope, lambda: a.s(1),
              lambda: A(1), lambda: len(a), lambda: a + 1, lambda: a < a, lambda: a[0], lambda: iter(a), lambda: a(),
              lambda: hash([]), lambda: {}[[]], lambda: int("x"), lambda: (lambda x: x)(), lambda: next(iter([])),
              lambda: [].pop(), lambda: {}.popitem(), lambda: None.foo, lambda: "a" + 1, lambda: -"a", lambda: 1 / 0]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def gen():
    yield 1
    raise ValueError("in gen")
try:
    for x in gen():
        print("got", x)
except ValueError as e:
    print("caught", e)
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *exc): print("exit", self.n, exc[0].__name__ if exc[0] else None); return False
try:
    with Res(1) as r1, Res(2) as r2:
        print("body", r1.n + r2.n)
        raise KeyError("k")
except KeyError as e:
    print("outer caught", repr(e))
def f():
    with Res(3):
        return "from with"
print(f())
for i in range(3):
    with Res(i):
        if i == 1:
            continue
        if i == 2:
            break
class Err(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    try:
        raise Err(5)
    finally:
        print("cleanup")
except Err as e:
    print(e, e.code, e.args)
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)
try:
    deep(5)
except RuntimeError as e:
    print("deep", e)
a.m(1, 2, 3)
