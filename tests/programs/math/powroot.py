# pow, sqrt and cbrt with IEEE special values and CPython's errors.
import math


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, math.inf, -math.inf, math.nan]
for x in specials:
    for y in specials:
        t(math.pow, x, y)
for x, y in [(10, 308), (10, 309), (2, 1023), (2, 1024), (2, -1074), (2, -1075), (-8, 1 / 3),
             (0, -1), (-0.0, -3), (1e200, 2), (-1e200, 3), (2, 0.5), (7, 2), (2**60, 2), (3, True)]:
    t(math.pow, x, y)
t(math.pow, 2)
t(math.pow, "2", 3)
try:
    math.pow(x=2, y=3)
except TypeError as e:
    print(e)

for x in [0.0, -0.0, 1.0, 2.0, 4.0, 1e-320, 1e300, 0.5, 3, 2**1000, 16, True, math.inf, math.nan,
          -1.0, -math.inf, -5e-324, 2**1024]:
    t(math.sqrt, x)
    t(math.cbrt, x)
t(math.cbrt, -27)
t(math.cbrt, -0.001)
print(math.sqrt(-1))
