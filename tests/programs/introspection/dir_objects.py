# dir(obj): instances, classes with bases and slots, __dir__, builtin types, modules.
import sys

class A:
    x = 1
    def m(self):
        pass

class B(A):
    __slots__ = ("s",)

class C(A):
    def __init__(self):
        self.inst = 3

class D:
    def __dir__(self):
        return ["z", "a", "m"]

class E(Exception):
    code = 7

print(dir(A))
print(dir(B))
print(dir(C()))
print(dir(D()))
print(dir(E))
print(dir(E("x")))
print(dir(object))
print(dir(None))
print(dir(5) == dir(int), dir(True) == dir(bool), dir("s") == dir(str))
for t in (int, float, str, list, tuple, dict, set, frozenset, bytes, range, type, BaseException, ValueError):
    print(t.__name__, len(dir(t)), dir(t)[-3:])
print(dir(ExceptionGroup)[-5:])
print("argv" in dir(sys), "exit" in dir(sys))
print([n for n in dir(C()) if not n.startswith("_")])
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)
