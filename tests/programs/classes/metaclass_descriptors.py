class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
class Base(metaclass=Meta):
    def __init__(self, v): self.v = v
b = Base(3)
print(b.v, Base.tag, type(Base).__name__, isinstance(Base, Meta))
class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append(cls.__name__)
class A(Plugin, key="a"): pass
class B(Plugin, key="b"): pass
print(Plugin.registry, A.key, B.key)
class Field:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value): setattr(obj, self.name, value * 10)
class Rec:
    f = Field()
r = Rec(); print(r.f); r.f = 4; print(r.f, isinstance(Rec.f, Field))
class Dyn:
    def __getattr__(self, name): return f"dyn:{name}"
d = Dyn(); d.real = 1
print(d.real, d.missing)
class Logged:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v)
lg = Logged(); lg.a = 5; print(lg.a, lg.__dict__)
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
@add_hello
class H: pass
print(H().hello())
class Eq:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
try:
    hash(Eq(1))
except TypeError as e: print(e)
class Outer:
    class Inner:
        def who(self): return type(self).__qualname__
print(Outer.Inner().who(), Outer.Inner.__qualname__, repr(Outer.Inner)[:30])
class CM:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class Sub(CM): pass
Sub.make(); Sub.make(); CM.make()
print(CM.count, Sub.count)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x): self.items.append(x); return self
    def __radd__(self, o): return o + len(self.items)
    def __call__(self, y): return y * 2
    def __contains__(self, x): return x in self.items
    def __bool__(self): return bool(self.items)
a = Acc(); print(bool(a)); a += 3; a += 4
print(a.items, 10 + a, a(5), 3 in a, 9 in a, bool(a))
print(type(a) is Acc, a.__class__.__name__, Acc.__name__, callable(a))
class P2:
    def __init__(self): self._x = 1
    def _get(self): return self._x
    def _del(self): print("deleting"); del self._x
    x = property(_get, None, _del, "the x")
p = P2(); del p.x; print(hasattr(p, "_x"))
try:
    p.x = 3
except AttributeError as e: print(e)
print(issubclass(Sub, (int, CM)), isinstance(3, (str, int)))
print(vars(Sub) is not None, sorted(k for k in vars(P2) if not k.startswith("__")))
o = object.__new__(CM); print(type(o).__name__)
class Slotted:
    __slots__ = ("a",)
s = Slotted(); s.a = 1
try:
    s.b = 2
except AttributeError as e: print(e)
print(getattr(s, "a"), Slotted.__slots__)
