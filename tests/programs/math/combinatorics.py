# comb and perm: small and huge arguments, defaults and errors.
import math


def t(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)


for n in range(0, 12):
    print([math.comb(n, k) for k in range(0, n + 2)])
    print([math.perm(n, k) for k in range(0, n + 2)])
for n, k in [(52, 5), (67, 33), (68, 34), (100, 50), (1000, 3), (1000, 997), (2**40, 2), (2**62, 3),
             (2**63 - 1, 2), (2**63, 1), (2**64, 2), (10**20, 3), (10**20, 10**20 - 2), (10**30, 0),
             (10**30, 10**30), (5, 10**30), (2**70, 2**70 + 1), (300, 150), (True, True), (30, False)]:
    t(math.comb, n, k)
    t(math.perm, n, k)
print(math.comb(2000, 1000) % 1000000007, math.perm(500, 250) % 998244353)
for n in [0, 1, 5, 20, True]:
    t(math.perm, n)
    t(math.perm, n, None)
for n, k in [(-1, 2), (2, -1), (-1, -1), (1.0, 2), (2, 1.0), ("5", 2), (5, None), (None, 2),
             (2**70, 2**65), (10, 2**70)]:
    t(math.comb, n, k)
    t(math.perm, n, k)
t(math.perm, -3)
t(math.perm, 2**70)
t(math.perm, 2.0)
t(math.comb, 1)
t(math.comb, 1, 2, 3)
t(math.perm)
t(math.perm, 1, 2, 3)
try:
    math.comb(n=5, k=2)
except TypeError as e:
    print(e)
print(math.comb(-5, 2))
