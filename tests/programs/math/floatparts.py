# fabs, copysign, fmod, remainder, modf, frexp, ldexp, nextafter and ulp.
import math


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e-310, 5e-324, 1e308, 7, -7, math.inf, -math.inf, math.nan]
for x in vals:
    t(math.fabs, x)
    t(math.modf, x)
    t(math.frexp, x)
    t(math.ulp, x)
for x in vals[:8]:
    for y in [0.0, -0.0, 3.0, -3.0, math.inf, -math.inf, math.nan]:
        t(math.copysign, x, y)
        t(math.fmod, x, y)
        t(math.remainder, x, y)
for x, y in [(10, 3), (-10, 3), (10, -3), (5.5, 2), (7.5, 2.5), (2.5, 1), (3.5, 1), (-3.5, 1),
             (1e300, 1e-300), (6, 4), (math.inf, 3), (math.nan, 0.0), (1, 0)]:
    t(math.fmod, x, y)
    t(math.remainder, x, y)

for x, i in [(1.0, 0), (1.0, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (0.75, -1073),
             (3.0, 10), (-3.0, 10), (1.0, 2**70), (-1.0, 2**70), (1.0, -(2**70)), (-1.0, -(2**70)),
             (0.0, 2**70), (math.inf, -5), (math.nan, 5), (1e308, 10), (5e-324, -1), (2.0, True),
             (1, 5)]:
    t(math.ldexp, x, i)
t(math.ldexp, 1.0, 2.0)
t(math.ldexp, "1", 2)
t(math.ldexp, 1.0)
try:
    math.ldexp(x=1.0, i=2)
except TypeError as e:
    print(e)

for x, y in [(0.0, 1.0), (0.0, -1.0), (1.0, 2.0), (1.0, 0.0), (1.0, 1.0), (-0.0, 0.0), (0.0, -0.0),
             (1e308, math.inf), (math.inf, 0.0), (5e-324, 0.0), (math.nan, 1.0), (1.0, math.nan),
             (1, 2)]:
    t(math.nextafter, x, y)
t(math.nextafter, 1.0)
print(math.ulp(1e308 * 10), math.ulp(1.7976931348623157e308))
print(math.frexp(2**1000), math.modf(-7.25))
print(math.fmod(1.0, 0.0))
