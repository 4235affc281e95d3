# Argument conversion: __float__, __index__, int and float subclasses, huge ints,
# wrong types and wrong argument counts.
import math


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


class F:
    def __float__(self):
        return 0.25


class BadF:
    def __float__(self):
        return 1


class I:
    def __index__(self):
        return 3


class Both:
    def __float__(self):
        return 0.5

    def __index__(self):
        return 7


class MyFloat(float):
    def __float__(self):
        return 99.0


class MyInt(int):
    def __float__(self):
        return -1.0


class PlainInt(int):
    pass


for v in [F(), BadF(), I(), Both(), MyFloat(0.75), MyInt(5), PlainInt(4), True, 2**1023, 2**1024,
          -(2**1024), "1", b"1", None, [1], 1j, object()]:
    t(math.sqrt, v)
    t(math.sin, v)
    t(math.isnan, v)
    t(math.fsum, [v])
    t(math.hypot, v, 1)
    t(math.copysign, 1.0, v)
    t(math.floor, v)
    t(math.log, v)
    t(math.gcd, v)

for f in [math.sin, math.fabs, math.frexp, math.modf, math.ulp, math.isnan, math.degrees,
          math.isqrt, math.factorial, math.fsum, math.log2, math.erf, math.gamma, math.trunc]:
    t(f)
    t(f, 1, 2)
    t(f, x=1)
for f in [math.atan2, math.copysign, math.fmod, math.remainder, math.nextafter, math.pow,
          math.ldexp, math.dist, math.comb]:
    t(f)
    t(f, 1)
    t(f, 1, 2, 3)
    t(f, x=1, y=2)
print(math.sqrt(F()), math.log(I()), math.exp(MyFloat(1.0)))
print(math.sin(BadF()))
