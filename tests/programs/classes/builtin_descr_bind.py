# Methods of builtin types stored in a class bind to its instances as CPython's
# method and slot-wrapper descriptors do (what IntEnum/IntFlag's str() and format()
# are); they are one object each, and a type without its own __str__ has object's.
import enum


class I(int):
    s = int.__repr__
    f = int.__format__
    u = str.upper
    b = int.bit_length


print(I(5).s(), I(5).f("03"), I(5).b(), I(5).s.__name__, I(5).b.__name__)
print(type(I(5).b).__name__, I.s is int.__repr__, I.u is str.upper, I(5).s == I(5).s)
try:
    I(5).u()
except TypeError as e:
    print("TypeError:", e)

print(int.__str__ is object.__str__, int.__str__, float.__str__ is object.__str__, list.__str__ is object.__str__)
print(str.__str__ is object.__str__, bytes.__str__ is object.__str__, str.upper is str.upper, int.__repr__ is int.__repr__)
print(dict.fromkeys is dict.fromkeys, dict.fromkeys == dict.fromkeys)


class F(enum.IntFlag):
    A = 1
    B = 2


print(str(F.A | F.B), format(F.A), f"{F.B}", repr(F.A | F.B), F.A + 1, str(F(0)), format(F.B, ">4"))


class E(enum.IntEnum):
    X = 3


print(str(E.X), format(E.X, "03"), f"{E.X!r}", f"{E.X:x}")


class S(str, enum.Enum):
    HI = "hi"


class SE(enum.StrEnum):
    LO = "lo"


print(str(S.HI), format(SE.LO), f"{SE.LO:>4}", repr(SE.LO))
