# args: TypeError messages for unexpected keywords and multiple values for one argument
def f(a, b=1):
    return a + b
def g(*args):
    return args
def h(x, /, y):
    return x, y

class C:
    def m(self, v):
        return v

cases = [
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: f(1, 2, b=3),
    lambda: g(k=1),
    lambda: h(1, x=2, y=3),
    lambda: C().m(1, v=2),
    lambda: C().m(w=1),
    lambda: f(a=1, b=2, d=3, e=4),
    lambda: len(obj=[1]),
    lambda: (lambda: 0)(z=1),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", r)
    except TypeError as e:
        print(i, "TypeError:", e)
