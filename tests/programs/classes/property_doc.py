# property.__doc__: taken from the getter when no doc is given (into the instance dict
# of a subclass), writable and deletable; getter/setter/deleter call the property's
# class; __isabstractmethod__; every class dict has __doc__.
def g(self):
    "getter doc"
    return 1
def g2(self):
    "g2 doc"
    return 2
def nodoc(self): return 3
p = property(g)
print(repr(p.__doc__))
p.__doc__ = "changed"
print(p.__doc__)
print(property(g, doc="explicit").__doc__, property(g, doc=None).__doc__, property().__doc__, property(nodoc).__doc__)
q = p.getter(g2)
print(q.__doc__)   # changed doc is not getter doc
r = property(g).getter(g2)
print(r.__doc__)   # getter doc follows new getter
s = property(g, doc="x").getter(g2)
print(s.__doc__)
t = property(g).setter(nodoc)
print(t.__doc__)
print(property(nodoc).getter(g).__doc__)
del_ok = True
try:
    del p.__doc__
    print("deleted", p.__doc__)
except AttributeError as e:
    print("AttributeError", e)

class MyProp(property):
    "MyProp doc"
pp = MyProp(g)
print(pp.__doc__, type(pp.getter(g2)).__name__, pp.getter(g2).__doc__)
pp.__doc__ = "sub set"
print(pp.__doc__, pp.__dict__)
print(MyProp(nodoc).__doc__, MyProp(nodoc).__dict__)
print(MyProp(g, doc="d").__dict__)

class Slotted(property):
    __slots__ = ()
try:
    Slotted(g)
    print("ok")
except AttributeError as e:
    print("AttributeError", e)
try:
    Slotted(nodoc)
except AttributeError as e:
    print("AttributeError", e)

class NoDoc(property):
    pass
print(NoDoc(g).__doc__, NoDoc(nodoc).__doc__)

class A:
    pass
class B:
    __slots__ = ()
    "not the docstring"
print(A.__dict__["__doc__"], "__doc__" in B.__dict__, list(B.__dict__))

import abc
class Abstract:
    @property
    @abc.abstractmethod
    def x(self): pass
    def plain(self): pass
    @classmethod
    @abc.abstractmethod
    def cm(cls): pass
    sm = staticmethod(plain)
print(Abstract.__dict__["x"].__isabstractmethod__, property(A).__isabstractmethod__, property(None, Abstract.plain).__isabstractmethod__)
print(Abstract.__dict__["cm"].__isabstractmethod__, Abstract.__dict__["sm"].__isabstractmethod__)

class Named(property):
    def __init__(self, fget, label):
        super().__init__(fget)
        self.label = label
class D:
    @property
    def v(self):
        return 1
    v2 = Named(lambda self: 2, "two")
    w = v.setter(lambda self, val: None)
n = D.__dict__["v2"]
print(D().v, D().v2, n.label, type(n).__name__, n.__doc__)
try:
    n.getter(lambda self: 3)
except TypeError as e:
    print("TypeError", e)
print(D.w.fset is not None, D.w.fget is D.v.fget)

class C:
    @property
    def x(self):
        "the x"
        return 5
    @x.setter
    def x(self, v):
        pass
    @MyProp
    def y(self):
        "the y"
        return 6
    @y.setter
    def y(self, v): pass
print(C.x.__doc__, C().x, C.y.__doc__, type(C.y).__name__, C().y)
import collections
P = collections.namedtuple("P", "a b")
print(P.a.__doc__)
P.a.__doc__ = "first"
print(P.a.__doc__)
