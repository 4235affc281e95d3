# isfinite, isinf, isnan and isclose (keyword-only tolerances and their errors).
import math


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 1.0, 1e308, 5e-324, math.inf, -math.inf, math.nan, 0, 2**1000, True]:
    print(math.isfinite(x), math.isinf(x), math.isnan(x))
t(math.isfinite, 2**1024)
t(math.isnan, "nan")
t(math.isinf)

for a, b, kw in [(1.0, 1.0, {}), (1.0, 1.0 + 1e-10, {}), (1.0, 1.0 + 1e-8, {}), (0.0, 1e-10, {}),
                 (0.0, 1e-10, {"abs_tol": 1e-9}), (1e-10, 0.0, {"rel_tol": 0.5}),
                 (100, 101, {"rel_tol": 0.01}), (100, 102, {"rel_tol": 0.01}),
                 (math.inf, math.inf, {}), (math.inf, -math.inf, {}), (math.inf, 1e308, {}),
                 (math.nan, math.nan, {}), (math.nan, 1.0, {"abs_tol": math.inf}),
                 (1.0, 2.0, {"abs_tol": math.inf}), (1, True, {}), (-0.0, 0.0, {}),
                 (1.0, 1.1, {"rel_tol": 0.1}), (1.0, 1.1, {"rel_tol": 0.1, "abs_tol": 0.0}),
                 (1.0, 2.0, {"rel_tol": -1}), (1.0, 2.0, {"abs_tol": -1e-300}),
                 (1.0, 2.0, {"rel_tol": "x"}), ("1", 2.0, {}), (1.0, 2.0, {"foo": 1}),
                 (1.0, 2.0, {"a": 1}), (1.0, 2**1024, {})]:
    t(math.isclose, a, b, **kw)
t(math.isclose)
t(math.isclose, 1)
t(math.isclose, 1, 2, 3)
t(math.isclose, 1, 2, 3, 4, 5)
t(math.isclose, a=1, b=1.0)
t(math.isclose, b=1, a=2, rel_tol=0.1, abs_tol=0.0, x=1)
t(math.isclose, 1, b=2, a=3)
print(math.isclose(1.0, 1.0, rel_tol=-0.5))
