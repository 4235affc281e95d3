# function.__get__ (a method-wrapper): functions are descriptors, which enum's
# _is_descriptor and _simple_enum (ast._Precedence) rely on.
def f(*a): return a
class A:
    def m(self): pass
print(hasattr(f, '__get__'), hasattr(len, '__get__'), hasattr(A.m, '__set__'), hasattr(A().m, '__get__'), hasattr(lambda: 0, '__get__'))
print(f.__get__(1)(), f.__get__(None, A) is f, f.__get__(1, A)(2), type(f.__get__).__name__)
m = A().m
print(m.__get__(5), m.__get__(None, A) is A.m, m.__get__(5).__self__)
for args in [(None,), (None, None), (), (1, 2, 3)]:
    try:
        f.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    f.__get__(1, x=2)
except TypeError as e:
    print("TypeError:", e)

import enum


@enum._simple_enum(enum.IntEnum)
class Prec:
    LOW = enum.auto()
    MID = enum.auto()
    HIGH = enum.auto()

    def next(self):
        try:
            return self.__class__(self + 1)
        except ValueError:
            return self


print(list(Prec), Prec.LOW.next(), Prec.HIGH.next(), Prec.MID < Prec.HIGH)
print(enum._is_descriptor(f), enum._is_descriptor(len), enum._is_descriptor(A().m))
