# exp, exp2, expm1, log (with a base), log2, log10, log1p, including huge ints.
import math


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


values = [0.0, -0.0, 1e-300, 1e-10, 0.5, 1.0, -1.0, 2.0, 10.0, 100.0, 700.0, 709.78, 709.79,
          1023.0, 1024.0, -745.0, -746.0, -1075.0, -1e300, 1e300, 5e-324, 3, math.inf, -math.inf,
          math.nan, -0.5, -0.999999, -1.5]
for f in [math.exp, math.exp2, math.expm1, math.log, math.log2, math.log10, math.log1p]:
    print(f)
    for x in values:
        t(f, x)

for n in [1, 2, 10, 1000, 2**52 + 1, 2**1023, 2**1024, 10**308, 10**309, 2**5000, 3**10000,
          10**1000 + 1, 2**2000 - 1, True]:
    t(math.log, n)
    t(math.log2, n)
    t(math.log10, n)
    t(math.log1p, n)
for n in [0, -1, -(2**2000), False]:
    t(math.log, n)
    t(math.log2, n)
    t(math.log10, n)

for x, b in [(8, 2), (100, 10), (2**3000, 2), (10**500, 10), (1, 10), (2.5, 0.5), (10, 1),
             (10, 1.0), (10, -1), (0, 2), (5, 0), (math.inf, 2), (2, math.inf), (math.nan, 2),
             (27, 3), (2**100, 2**50), (True, 2)]:
    t(math.log, x, b)
t(math.log)
t(math.log, 1, 2, 3)
t(math.log, "1")
t(math.log, 10, "2")
t(math.exp, None)
t(math.log2, [])
try:
    math.log(x=2)
except TypeError as e:
    print(e)
print(math.exp(1000))
