# Trigonometric functions: values, special values and domain errors.
import math


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


values = [0.0, -0.0, 0.1, -0.1, 0.5, 1.0, -1.0, 1.5, 2.0, 3.0, math.pi, -math.pi, math.pi / 2,
          math.pi / 4, 1e-300, 5e-324, 1e10, -1e10, 1e22, 1e300, 12345.678, 7, -3, True]
for f in [math.sin, math.cos, math.tan, math.asin, math.acos, math.atan]:
    print(f)
    for x in values:
        t(f, x)
    for x in [math.inf, -math.inf, math.nan, 1.0000001, -1.0000001]:
        t(f, x)

pairs = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 0.0), (-1.0, 0.0), (0.0, 1.0),
         (0.0, -1.0), (1.0, 1.0), (-1.0, -1.0), (3, 4), (1e-300, 1e300), (1e300, 1e-300),
         (math.inf, math.inf), (-math.inf, math.inf), (math.inf, -math.inf), (-math.inf, -math.inf),
         (math.inf, 1.0), (1.0, math.inf), (1.0, -math.inf), (-1.0, -math.inf), (math.nan, 1.0),
         (1.0, math.nan), (-0.0, -5.0), (0.0, -5.0)]
for y, x in pairs:
    t(math.atan2, y, x)
t(math.atan2, 1)
t(math.atan2, 1, 2, 3)
t(math.atan2, "1", 2)
t(math.sin, "x")
t(math.cos)
t(math.tan, 2**1024)
print(math.asin(2))
