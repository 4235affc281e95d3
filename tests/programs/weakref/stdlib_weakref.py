# CPython's weakref.py compiled over krait's _weakref: weak dictionaries, WeakSet,
# WeakMethod and finalize.
import weakref
import gc

class Obj:
    def __init__(self, name):
        self.name = name
    def method(self):
        return "method of " + self.name
    def __repr__(self):
        return "Obj(%r)" % self.name

a, b, c = Obj("a"), Obj("b"), Obj("c")
wvd = weakref.WeakValueDictionary({"a": a, "b": b})
wvd["c"] = c
print(sorted(wvd.keys()), len(wvd))
del b
print(sorted(wvd.keys()), wvd.get("b"), "a" in wvd)

wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
wkd[c] = 3
print(sorted(v for v in wkd.values()))
del c
gc.collect()
print(list(wkd.items()))

ws = weakref.WeakSet([a])
x = Obj("x")
ws.add(x)
print(len(ws), a in ws)
del x
print(len(ws), sorted(o.name for o in ws))

wm = weakref.WeakMethod(a.method)
print(wm()())
tmp = Obj("tmp")
wm2 = weakref.WeakMethod(tmp.method)
del tmp
print(wm2())

def done(what):
    print("finalized", what)
y = Obj("y")
fin = weakref.finalize(y, done, "y")
print(fin.alive)
del y
print(fin.alive)
z = Obj("z")
f2 = weakref.finalize(z, done, "z at exit")
print(isinstance(weakref.ref(a), weakref.ReferenceType), weakref.getweakrefcount(a) > 0)
p = weakref.proxy(a)
print(p.name, type(p) is weakref.ProxyType)
