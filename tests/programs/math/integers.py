# gcd, lcm, isqrt and factorial on arbitrary-precision ints.
import math


def t(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        return 1.5


class MyInt(int):
    pass


for args in [(), (0,), (-12,), (12, 18), (-12, 18), (12, -18), (0, 0), (0, 5), (7, 0), (1, 2**100),
             (2**100, 2**80 * 3), (2**100 * 5, 10**40), (4, 6, 8), (6, 10, 15), (5, 1, 3), (True, 4),
             (Idx(12), 8), (MyInt(9), 6), (-(2**70), 2**35), (2**64 + 2, 2**64 + 4)]:
    t(math.gcd, *args)
    t(math.lcm, *args)
for args in [(1.5,), (4, 2.0), (1, "2"), (1, 1.5), (0, 1.5), (BadIdx(),), (None, 2)]:
    t(math.gcd, *args)
    t(math.lcm, *args)
try:
    math.gcd(a=1)
except TypeError as e:
    print(e)

for n in [0, 1, 2, 3, 4, 8, 15, 16, 17, 99, 100, 2**32 - 1, 2**32, 2**64 - 1, 2**64, 2**64 + 1,
          10**40, 10**41, (10**30 + 7)**2, (10**30 + 7)**2 - 1, 2**1001, True, Idx(50), MyInt(81)]:
    t(math.isqrt, n)
for n in [-1, -(2**70), 4.0, "4", None, BadIdx()]:
    t(math.isqrt, n)

for n in [0, 1, 2, 5, 10, 20, 21, 25, 30, 50, 100, 171, True, Idx(12), MyInt(6)]:
    t(math.factorial, n)
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.factorial(3000) == math.prod(range(1, 3001)))
for n in [-1, -(2**70), 2**70, 2**63, 5.0, 5.5, "5", None]:
    t(math.factorial, n)
t(math.factorial)
t(math.isqrt, 1, 2)
print(math.isqrt(-5))
