import sys
def f(a, b, /, c, *, d):
    return a + b + c + d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, d=5), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, d=4, e=5)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g.__defaults__)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls, counter.__name__, counter.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def fin():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "ret"
        finally:
            print("finally", i)
print(fin())
class E(Exception):
    def __str__(self): return "custom " + str(self.args)
try:
    raise E(1, 2)
except E as e:
    print(e, type(e).__mro__[1].__name__)
print(sys.exc_info())
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
fs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print(fs["a"](), fs["b"]())
x = 10
def shadow():
    x = 5
    def get(): return x
    x = 6
    return get()
print(shadow())
def gen_kw(**kw): return sorted(kw.items())
print(gen_kw(**{"b": 2}, a=1))
print(*[1, 2], sep="-")
nested = [[1, 2], [3, 4]]
print([y for x in nested for y in x if y % 2], [[y * 2 for y in x] for x in nested])
print({n: [m for m in range(n)] for n in range(3)})
(a, b), c = (1, 2), 3
print(a, b, c)
first, *middle, last = range(5)
print(first, middle, last)
raise E("bye")
