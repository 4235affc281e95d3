import sys

def who(n=1):
    f = sys._getframe(n)
    return f.f_code.co_name, f.f_lineno, f.f_globals['__name__']

def outer():
    x = 1
    return inner(
        x)

def inner(x):
    return who(), who(2), who(3)

print(outer())
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back)
def gen():
    yield who()
    yield who()
for v in gen():
    print(v)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(10**8)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
class C:
    @property
    def p(self):
        return who(2)
c = C()
print(c.p)
print(sorted([3, 1], key=lambda k: (who(), k)))

# Frames of a deep recursion, and of a generator resumed from another function.
def down(n):
    if n == 0:
        f, names = sys._getframe(), []
        while f is not None:
            names.append(f.f_code.co_name)
            f = f.f_back
        return names
    return down(n - 1)
print(down(3))
def consumer(g):
    return next(g)
def producer():
    yield sys._getframe(1).f_code.co_name
print(consumer(producer()))
def raising():
    try:
        sys._getframe("x")
    except TypeError as e:
        print(e)
raising()
print(sys._getframe().f_back is None, type(sys._getframe()).__name__)
