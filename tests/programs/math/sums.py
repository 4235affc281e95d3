# fsum (exact, with its special cases) and prod (any multipliable values).
import math


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for seq in [[], [1, 2, 3], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
            [1e308, 1e308], [1e308, -1e308, 1e308], [math.inf, 1.0], [math.inf, -math.inf],
            [math.inf, math.inf], [math.nan, 1.0], [math.inf, math.nan], [-0.0, -0.0], [-0.0],
            [1e-16, 1, 1e16], [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100],
            [1.7976931348623157e308, -1.7976931348623157e308 / 2, -1.7976931348623157e308 / 2],
            range(10), (x / 7 for x in range(100)), [True, 2**60, 0.5], [2**1024], ["1"], [None],
            {1.5: 1, 2.5: 2}, "abc", 5]:
    t(math.fsum, seq)
print(math.fsum([0.1, 0.2, 0.3]) == 0.6, sum([0.1, 0.2, 0.3]))
print(math.fsum([1.0, 1e-17] * 1000))
print(math.fsum([(-1) ** i / (i + 1) for i in range(5000)]))
t(math.fsum)
t(math.fsum, [1], [2])

for seq, kw in [([], {}), ([2, 3, 4], {}), (range(1, 21), {}), (range(1, 40), {}), ([2.5, 4], {}),
                ([2, 2.5], {}), ([1, 2], {"start": 10}), ([1.5], {"start": 2}), ([], {"start": "s"}),
                (["a", 3], {}), ([3, "ab"], {}), ([[1], 2], {"start": 1}), ([2**62, 4], {}),
                ([1.5, 2**70], {}), ([1.5, 2**1030], {}), ([True, True], {}), ([1j, 1j], {}),
                ([None], {}), ([1, 2], {"start": None})]:
    t(math.prod, seq, **kw)
t(math.prod)
t(math.prod, [1, 2], 3)
t(math.prod, [1, 2], s=3)
t(math.prod, 5)
t(math.prod, iterable=[1])
t(math.prod, [1], start=2, x=3)
print(math.fsum([math.inf, -math.inf]))
