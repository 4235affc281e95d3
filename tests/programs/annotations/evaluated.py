# Annotations: module, class, function, evaluation order, complex targets.
import sys
print("__annotations__" in globals())
x: int = 5
y: "list[str]"
print(__annotations__)
def f(a: int, b: str = "s", *args: float, c: bool, d=1, **kw: dict) -> None:
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"z": 1}
print(g.__annotations__)
class C:
    a: int
    b: str = "x"
    if True:
        c: float = 1.0
    def m(self, v: "C") -> "C": return self
print(C.__annotations__, C.b, hasattr(C, "a"))
print(C.m.__annotations__)
class D: pass
print(D.__annotations__)
def order(tag):
    print("eval", tag)
    return tag
def h(p: order("p") = order("default"), *, q: order("q") = order("kwdefault")) -> order("ret"):
    pass
print(h.__annotations__)
class E:
    attr: order("E.attr") = order("E.value")
obj = type("O", (), {})()
obj.z: order("complex") = 3
lst = [0]
lst[0]: order("subscript")
print(obj.z, lst)
def local():
    v: order("never evaluated") = 1
    return v
print(local())
def undefined_ann(a: NotDefinedAnywhere): pass
