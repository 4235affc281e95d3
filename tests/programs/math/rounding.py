# ceil, floor and trunc: floats, ints, special methods, subclasses and errors.
import math


def t(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e20, -1e20, 1e300, 4.5e15 + 0.5, 123456789.987,
          -2.5, 2**62 + 0.0, float(2**63), 5e-324, -5e-324]:
    t(math.ceil, x)
    t(math.floor, x)
    t(math.trunc, x)

for x in [0, 7, -7, 2**100, -(2**100), True, False]:
    t(math.ceil, x)
    t(math.floor, x)
    t(math.trunc, x)

for x in [float("inf"), float("-inf"), float("nan")]:
    t(math.ceil, x)
    t(math.floor, x)
    t(math.trunc, x)


class Custom:
    def __ceil__(self):
        return "ceil!"

    def __floor__(self):
        return 42

    def __trunc__(self):
        return [1, 2]


class OnlyFloat:
    def __float__(self):
        return 2.5


class OnlyIndex:
    def __index__(self):
        return 9


class MyFloat(float):
    pass


class MyInt(int):
    pass


class FloorInt(int):
    def __floor__(self):
        return "floored"


for f in [math.ceil, math.floor, math.trunc]:
    t(f, Custom())
    t(f, OnlyFloat())
    t(f, OnlyIndex())
    t(f, MyFloat(-3.5))
    t(f, MyInt(12))
    t(f, FloorInt(3))
    t(f, "3")
    t(f, None)
    t(f, [1.5])
    t(f, 1 + 2j)
    t(f)
    t(f, 1, 2)

try:
    math.floor(x=1.5)
except TypeError as e:
    print(e)
print(math.floor(-0.5) == 0, math.ceil(-0.5) == 0)
print(math.floor(float("nan")))
