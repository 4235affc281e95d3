# erf, erfc, gamma and lgamma: values, poles and overflow.
import math


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


values = [0.0, -0.0, 1e-30, 1e-20, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 5.5, 10.0, 23.0, 24.0, 30.5,
          100.5, 140.0, 141.5, 170.5, 171.0, 171.7, 172.0, 200.0, 201.0, -0.5, -1.0, -1.5, -2.5,
          -10.5, -100.5, -170.5, -171.5, -200.5, -201.5, -1e-30, 1e300, -1e300, 7, -3, 1e10,
          math.inf, -math.inf, math.nan, 0.0001, 5e-324, -5e-324]
for f in [math.erf, math.erfc, math.gamma, math.lgamma]:
    print(f)
    for x in values:
        t(f, x)
for x in [1.5, 2.75, 3.25, 4.125, 6.5, 9.875, -0.25, -3.75]:
    print(math.gamma(x), math.lgamma(x))
print(math.gamma(-2))
