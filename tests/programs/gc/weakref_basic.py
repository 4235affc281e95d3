import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n


c = C(1)
r = weakref.ref(c)
print(r() is c, r())
print(weakref.ref(c) is r)
print(weakref.getweakrefcount(c))
r2 = weakref.ref(c, lambda w: print("callback", w is r2, w()))
print(weakref.getweakrefcount(c), r2 is r)
print(r == r2, hash(r) == hash(c), r.__callback__)
del c
print(r(), r2())
print(r == r2)

for obj in [[], {}, (), 1, "s", ValueError()]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)


def f():
    pass


rf = weakref.ref(f)
print(rf() is f)
s = {1, 2}
rs = weakref.ref(s)
print(rs() == {1, 2})
del s
print(rs())
try:
    hash(weakref.ref(C(2)))
except TypeError as e:
    print(type(e).__name__, e)
print(type(r).__name__)
