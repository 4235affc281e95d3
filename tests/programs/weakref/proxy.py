# weakref.proxy: forwarding attributes, operators, items, iteration and calls;
# ReferenceError once the object is gone; sharing and callbacks.
import _weakref as weakref

class C:
    def __init__(self, v):
        self.v = v
    def m(self, k=1):
        return self.v * k
    def __add__(self, o):
        return C(self.v + (o.v if isinstance(o, C) else o))
    def __radd__(self, o):
        return C(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self):
        return -self.v
    def __abs__(self):
        return abs(self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __len__(self):
        return 3
    def __getitem__(self, k):
        return ("item", k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
    def __delitem__(self, k):
        print("delitem", k)
    def __contains__(self, x):
        return x == 42
    def __iter__(self):
        return iter([1, 2, 3])
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, C) else o)
    def __eq__(self, o):
        return isinstance(o, C) and self.v == o.v
    __hash__ = object.__hash__
    def __str__(self):
        return "C(%s)" % self.v
    def __bool__(self):
        return self.v != 0
    def __call__(self, *a, **k):
        return ("called", a, sorted(k.items()))

o = C(5)
p = weakref.proxy(o)
print(type(p) is weakref.CallableProxyType, weakref.ProxyType, weakref.CallableProxyType)
print(p.v, p.m(), p.m(k=3), str(p), bool(p), len(p))
print((p + 1).v, (1 + p).v, -p, abs(p), int(p), float(p), [10, 20, 30, 40, 50, 60][p])
print(p[7], 42 in p, 1 in p, list(p), p < 6, p < 4, p == C(5), p != C(5))
p[1] = 2
del p[3]
p.w = "new"
print(o.w)
del p.w
print(hasattr(o, "w"))
print(p(1, x=2))
q = p
q += 10
print(o.v, q is o)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.proxy(o) is p, weakref.getweakrefcount(o))
print(repr(p).startswith("<weakproxy at "), " to C at " in repr(p))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

# A proxy to an object that is not callable is a ProxyType.
class D:
    pass
d = D()
pd = weakref.proxy(d)
print(type(pd) is weakref.ProxyType, callable(pd))
try:
    pd()
except TypeError as e:
    print("TypeError:", e)
try:
    next(pd)
except TypeError as e:
    print("TypeError:", e)

def cb(x):
    print("callback with", type(x).__name__, x is p2)
p2 = weakref.proxy(o, cb)
r0 = weakref.ref(o)
print(p2 is not p, weakref.getweakrefcount(o))
print([type(x).__name__ for x in weakref.getweakrefs(o)])
del o, q
print("gone")
for f in (lambda: p.v, lambda: p + 1, lambda: str(p), lambda: len(p), lambda: p(), lambda: p2.m()):
    try:
        f()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(r0(), " to NoneType at " in repr(p))
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
