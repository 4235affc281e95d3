# Subclasses of weakref.ref (weakref.py's KeyedRef), getweakrefs order, and
# _remove_dead_weakref.
import _weakref

class KeyedRef(_weakref.ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class C:
    pass

def cb(r):
    print("callback", type(r).__name__, r.key, r() is None)

o = C()
k = KeyedRef(o, cb, "the key")
plain = _weakref.ref(o)
print(k.key, k() is o, type(k).__name__, isinstance(k, _weakref.ref))
print(k is not plain, _weakref.getweakrefcount(o), k.__callback__ is cb)
print(k == plain, hash(k) == hash(plain))
k2 = KeyedRef(o, None, 2)
print(k2 is not KeyedRef(o, None, 2), _weakref.getweakrefcount(o))

def cb1(r): print("cb1")
def cb2(r): print("cb2")
r1 = _weakref.ref(o, cb1)
p = _weakref.proxy(o)
r2 = _weakref.ref(o, cb2)
refs = _weakref.getweakrefs(o)
print([type(x).__name__ for x in refs], refs[0] is plain, refs[1] is p)
d = {"a": plain, "b": 1}
del o
print(k(), plain())
_weakref._remove_dead_weakref(d, "a")
_weakref._remove_dead_weakref(d, "zz")
print(d)
try:
    _weakref._remove_dead_weakref(d, "b")
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref._remove_dead_weakref([], "b")
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(_weakref) if not n.startswith("__")))
