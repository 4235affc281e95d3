# hypot (n-ary), dist, degrees and radians.
import math


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), (3,), (-3,), (3, 4), (3.0, 4.0, 12.0), (1e308, 1e308), (1e-310, 1e-310),
             (5e-324, 5e-324, 5e-324), (1e-200, 1e-200), (1, 1, 1, 1, 1), tuple(range(20)),
             (0.1, 0.2, 0.3, 0.4), (math.inf, math.nan), (math.nan, 1), (-math.inf, 2), (0.0, -0.0),
             (2**1000, 2**1000), (True, True), (1e154, 1e154), (1.5e-162, 2.5e-162)]:
    t(math.hypot, *args)
t(math.hypot, "a")
t(math.hypot, 1, None)
t(math.hypot, 2**1024)
try:
    math.hypot(x=1)
except TypeError as e:
    print(e)

for p, q in [((0, 0), (3, 4)), ([1, 2, 3], [4, 5, 6]), ((1.5,), (-2.5,)), ((), ()),
             (range(5), range(5, 10)), ((1e308, -1e308), (-1e308, 1e308)), ((math.inf, 0), (0, 0)),
             ((math.nan, 0), (0, 0)), (iter([1, 2]), (3, 4)), ((True, 2), [0, 0])]:
    t(math.dist, p, q)
t(math.dist, (1, 2), (1,))
t(math.dist, 1, (1,))
t(math.dist, (1,), 2)
t(math.dist, ("a",), (1,))
t(math.dist, (1,))
try:
    math.dist(p=(1,), q=(2,))
except TypeError as e:
    print(e)

for x in [0, 1, -1, math.pi, math.tau, 180, 90.0, 1e308, math.inf, math.nan, 0.5, True]:
    print(math.degrees(x), math.radians(x))
print(math.dist((1, 2), (3, "4")))
