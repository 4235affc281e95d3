# Hyperbolic functions and their inverses: values, overflow and domain errors.
import math


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


values = [0.0, -0.0, 1e-10, 0.5, -0.5, 0.99, 0.999999999999, 1.0, -1.0, 2.0, 10.0, -10.0, 20.0,
          100.0, 709.0, 710.0, 711.0, -711.0, 1e300, -1e300, 5e-324, 3, math.inf, -math.inf, math.nan]
for f in [math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh]:
    print(f)
    for x in values:
        t(f, x)
print(math.cosh(1000))
